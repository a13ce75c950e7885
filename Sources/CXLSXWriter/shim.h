// Umbrella header for Debian's libxlsxwriter-dev (the finance workbook, plan.xlsx).
#include <xlsxwriter.h>
