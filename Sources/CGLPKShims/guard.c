// The guarded GLPK frame. See include/CGLPKShims.h.
//
// GLPK treats API misuse as fatal: it prints a message and calls abort(). glp_error_hook lets us run code first;
// like Rglpk, the hook frees the whole GLPK environment (every problem object in it) and longjmps back to the frame
// that called setjmp, in C, with no Swift frame in between. GLPK keeps its environment in thread-local storage (the
// Debian build's env/tls.c), so glp_free_env frees only the calling thread's objects; the hook state below is
// thread-local too, and calls on different threads run side by side.
#include "CGLPKShims.h"

#include <glpk.h>
#include <math.h>
#include <setjmp.h>
#include <stdio.h>
#include <string.h>

static _Thread_local jmp_buf guardJump;
static _Thread_local char *logBuffer;
static _Thread_local size_t logCapacityBytes;
static _Thread_local size_t logLength;

/// The last text GLPK wrote after the caller's log filled up, so its closing (often fatal) message is kept.
enum { tailCapacity = 2048 };
static _Thread_local char tailBuffer[tailCapacity];
static _Thread_local size_t tailLength;
static _Thread_local int logOverflowed;
static const char truncationMarker[] = "\n[... GLPK's log was longer than its buffer; its last lines follow ...]\n";

/// Keeps the last tailCapacity bytes of the text written after the log filled up.
static void appendTail(const char *text, size_t length) {
  if (length >= tailCapacity) {
    memcpy(tailBuffer, text + length - tailCapacity, tailCapacity);
    tailLength = tailCapacity;
    return;
  }
  if (tailLength + length > tailCapacity) {
    size_t drop = tailLength + length - tailCapacity;
    memmove(tailBuffer, tailBuffer + drop, tailLength - drop);
    tailLength -= drop;
  }
  memcpy(tailBuffer + tailLength, text, length);
  tailLength += length;
}

static void appendLog(const char *text) {
  if (logBuffer == NULL || logCapacityBytes == 0 || text == NULL) return;
  size_t room = logCapacityBytes - 1 - logLength;
  size_t length = strlen(text);
  size_t copied = length > room ? room : length;
  memcpy(logBuffer + logLength, text, copied);
  logLength += copied;
  logBuffer[logLength] = '\0';
  if (copied < length) {
    logOverflowed = 1;
    appendTail(text + copied, length - copied);
  }
}

/// When the log overflowed, overwrites its end with a marker and the tail, so the caller sees how GLPK's text ended.
static void finishLog(void) {
  if (!logOverflowed || logBuffer == NULL || logCapacityBytes == 0) return;
  size_t markerLength = sizeof truncationMarker - 1;
  size_t usable = logCapacityBytes - 1;
  if (usable <= markerLength) return;
  const char *tail = tailBuffer;
  size_t shownTail = tailLength;
  if (markerLength + shownTail > usable) {
    tail += markerLength + shownTail - usable;
    shownTail = usable - markerLength;
  }
  size_t start = usable - markerLength - shownTail;
  memcpy(logBuffer + start, truncationMarker, markerLength);
  memcpy(logBuffer + start + markerLength, tail, shownTail);
  logLength = start + markerLength + shownTail;
  logBuffer[logLength] = '\0';
}

/// glp_term_hook: capture every line GLPK would print. Returning non-zero stops GLPK printing it.
static int captureTerminalText(void *info, const char *text) {
  (void)info;
  appendLog(text);
  return 1;
}

/// glp_error_hook: GLPK has hit a fatal error. Free the environment and jump back to the guarded frame.
static void onFatalError(void *info) {
  (void)info;
  glp_free_env();
  longjmp(guardJump, 1);
}

static void beginGuardedCall(char *log, size_t logCapacity) {
  logBuffer = log;
  logCapacityBytes = logCapacity;
  logLength = 0;
  tailLength = 0;
  logOverflowed = 0;
  if (log != NULL && logCapacity > 0) log[0] = '\0';
}

static void installHooks(void) {
  glp_term_hook(captureTerminalText, NULL);
  glp_error_hook(onFatalError, NULL);
}

static void removeHooks(void) {
  finishLog();
  glp_error_hook(NULL, NULL);
  glp_term_hook(NULL, NULL);
  logBuffer = NULL;
  logCapacityBytes = 0;
}

/// Sets `lp`'s objective direction and constant and adds the problem's rows with their bounds (no columns yet).
static void loadRows(glp_prob *lp, const CGLPKShims_Problem *problem) {
  glp_set_obj_dir(lp, problem->sense < 0 ? GLP_MAX : GLP_MIN);
  glp_set_obj_coef(lp, 0, problem->objectiveConstant);
  if (problem->rowCount > 0) glp_add_rows(lp, problem->rowCount);
  for (int i = 0; i < problem->rowCount; i++) {
    glp_set_row_bnds(lp, i + 1, problem->rowBoundKind[i], problem->rowLower[i], problem->rowUpper[i]);
  }
}

static void loadProblem(glp_prob *lp, const CGLPKShims_Problem *problem) {
  if (problem->problemName != NULL) glp_set_prob_name(lp, problem->problemName);
  loadRows(lp, problem);
  if (problem->columnCount > 0) glp_add_cols(lp, problem->columnCount);
  for (int i = 0; i < problem->rowCount; i++) {
    if (problem->rowNames != NULL && problem->rowNames[i] != NULL) glp_set_row_name(lp, i + 1, problem->rowNames[i]);
  }
  for (int j = 0; j < problem->columnCount; j++) {
    if (problem->columnNames != NULL && problem->columnNames[j] != NULL) {
      glp_set_col_name(lp, j + 1, problem->columnNames[j]);
    }
    glp_set_col_bnds(lp, j + 1, problem->columnBoundKind[j], problem->columnLower[j], problem->columnUpper[j]);
    glp_set_obj_coef(lp, j + 1, problem->objective[j]);
    if (problem->columnIsInteger != NULL && problem->columnIsInteger[j]) glp_set_col_kind(lp, j + 1, GLP_IV);
  }
  if (problem->nonzeroCount > 0) {
    glp_load_matrix(lp, problem->nonzeroCount, problem->matrixRow, problem->matrixColumn, problem->matrixValue);
  }
}

static int hasIntegerColumns(const CGLPKShims_Problem *problem) {
  if (problem->columnIsInteger == NULL) return 0;
  for (int j = 0; j < problem->columnCount; j++) {
    if (problem->columnIsInteger[j]) return 1;
  }
  return 0;
}

static void configureSimplex(glp_smcp *parameters, const CGLPKShims_Options *options, int presolve) {
  glp_init_smcp(parameters);
  parameters->msg_lev = options->messageLevel;
  parameters->meth = options->method == CGLPKShims_methodDualSimplex ? GLP_DUALP : GLP_PRIMAL;
  parameters->presolve = presolve ? GLP_ON : GLP_OFF;
  if (options->timeLimitMilliseconds > 0) parameters->tm_lim = options->timeLimitMilliseconds;
  if (options->iterationLimit > 0) parameters->it_lim = options->iterationLimit;
}

/// Sets every row's status in `lp` from the caller's starting basis.
static void applyWarmRows(glp_prob *lp, const CGLPKShims_Problem *problem) {
  for (int i = 0; i < problem->rowCount; i++) glp_set_row_stat(lp, i + 1, problem->warmRowStatus[i]);
}

/// Applies the caller's starting basis. Returns 1 if one was applied.
static int applyWarmStart(glp_prob *lp, const CGLPKShims_Problem *problem) {
  if (problem->warmRowStatus == NULL || problem->warmColumnStatus == NULL) return 0;
  applyWarmRows(lp, problem);
  for (int j = 0; j < problem->columnCount; j++) glp_set_col_stat(lp, j + 1, problem->warmColumnStatus[j]);
  return 1;
}

/// Runs the simplex method with `parameters` from the current basis; an unusable basis is rebuilt once (and
/// `*rebuilt`, when given, set to 1).
static int simplexFromCurrentBasis(glp_prob *lp, const glp_smcp *parameters, int *rebuilt) {
  int code = glp_simplex(lp, parameters);
  if (code == GLP_EBADB || code == GLP_ESING || code == GLP_ECOND) {
    if (rebuilt != NULL) *rebuilt = 1;
    glp_adv_basis(lp, 0);
    code = glp_simplex(lp, parameters);
  }
  return code;
}

/// Runs the simplex method, without presolve, from the starting basis already set in `lp`: a basis GLPK cannot
/// factorize is replaced by an advanced one (`warmStartRejected`), and one the simplex finds unusable is rebuilt
/// once.
static int simplexFromWarmStart(glp_prob *lp, const CGLPKShims_Options *options, CGLPKShims_Result *result) {
  glp_smcp parameters;
  if (glp_warm_up(lp) != 0) {
    result->warmStartRejected = 1;
    glp_adv_basis(lp, 0);
  }
  configureSimplex(&parameters, options, 0);
  return simplexFromCurrentBasis(lp, &parameters, &result->warmStartRejected);
}

/// Runs the simplex method as the options ask. With presolve on, GLPK reports an infeasible or unbounded problem
/// only as GLP_ENOPFS / GLP_ENODFS without a proper status, so in that case the problem is solved again without
/// presolve. A warm-start basis is used only without presolve (the presolver discards any basis).
static int runSimplex(glp_prob *lp, const CGLPKShims_Problem *problem, const CGLPKShims_Options *options,
                      CGLPKShims_Result *result) {
  result->presolveReturnCode = -1;
  if (applyWarmStart(lp, problem)) return simplexFromWarmStart(lp, options, result);
  glp_smcp parameters;
  int presolve = options->presolve;
  configureSimplex(&parameters, options, presolve);
  int code = glp_simplex(lp, &parameters);
  if (presolve && (code == GLP_ENOPFS || code == GLP_ENODFS)) {
    result->presolveReturnCode = code;
    configureSimplex(&parameters, options, 0);
    glp_adv_basis(lp, 0);
    code = glp_simplex(lp, &parameters);
  }
  if (presolve && code == 0 && glp_get_status(lp) == GLP_OPT) {
    // GLPK's presolver tightens bounds with a tolerance of about 1e-3 relative, and the recovered point can then
    // violate a nearly redundant row by that much (found by the random-LP property tests: a ranged row missed by
    // 1e-3 after presolve). Re-running the simplex from the recovered basis, without presolve, repairs it; when the
    // point is already optimal this costs no iterations.
    configureSimplex(&parameters, options, 0);
    code = glp_simplex(lp, &parameters);
  }
  if (code == GLP_EBADB || code == GLP_ESING || code == GLP_ECOND) {
    // The starting basis was unusable: build a fresh one and try once more.
    configureSimplex(&parameters, options, 0);
    glp_adv_basis(lp, 0);
    code = glp_simplex(lp, &parameters);
  }
  return code;
}

static void readSimplexResults(glp_prob *lp, const CGLPKShims_Problem *problem, CGLPKShims_Result *result) {
  result->status = glp_get_status(lp);
  result->primalStatus = glp_get_prim_stat(lp);
  result->dualStatus = glp_get_dual_stat(lp);
  result->objectiveValue = glp_get_obj_val(lp);
  for (int i = 0; i < problem->rowCount; i++) {
    result->rowValue[i] = glp_get_row_prim(lp, i + 1);
    result->rowDual[i] = glp_get_row_dual(lp, i + 1);
    result->rowStatus[i] = glp_get_row_stat(lp, i + 1);
  }
  for (int j = 0; j < problem->columnCount; j++) {
    result->columnValue[j] = glp_get_col_prim(lp, j + 1);
    result->columnDual[j] = glp_get_col_dual(lp, j + 1);
    result->columnStatus[j] = glp_get_col_stat(lp, j + 1);
  }
}

static void solveInteriorPoint(glp_prob *lp, const CGLPKShims_Problem *problem, const CGLPKShims_Options *options,
                               CGLPKShims_Result *result) {
  glp_iptcp parameters;
  glp_init_iptcp(&parameters);
  parameters.msg_lev = options->messageLevel;
  result->solutionKind = 1;
  result->returnCode = glp_interior(lp, &parameters);
  result->status = glp_ipt_status(lp);
  result->objectiveValue = glp_ipt_obj_val(lp);
  for (int i = 0; i < problem->rowCount; i++) {
    result->rowValue[i] = glp_ipt_row_prim(lp, i + 1);
    result->rowDual[i] = glp_ipt_row_dual(lp, i + 1);
    result->rowStatus[i] = 0;
  }
  for (int j = 0; j < problem->columnCount; j++) {
    result->columnValue[j] = glp_ipt_col_prim(lp, j + 1);
    result->columnDual[j] = glp_ipt_col_dual(lp, j + 1);
    result->columnStatus[j] = 0;
  }
}

/// glp_intopt's parameters as the options ask: GLPK's defaults (its own presolver off) with the caller's message
/// level, time limit and MIP gap.
static void configureIntopt(glp_iocp *parameters, const CGLPKShims_Options *options) {
  glp_init_iocp(parameters);
  parameters->msg_lev = options->messageLevel;
  if (options->timeLimitMilliseconds > 0) parameters->tm_lim = options->timeLimitMilliseconds;
  if (options->mipRelativeGap > 0) parameters->mip_gap = options->mipRelativeGap;
}

/// Runs glp_intopt from the relaxation's optimal basis already in `lp` (the caller has checked it is optimal).
///
/// With its presolver off glp_intopt works on `lp` itself, and on exit (ios_delete_tree) restores every row and
/// column bound and every basis status to what they were on entry and deletes any cut rows: `lp` is again the
/// optimal relaxation, so a later simplex call can start from its basis.
static int runIntopt(glp_prob *lp, const CGLPKShims_Options *options) {
  glp_iocp parameters;
  configureIntopt(&parameters, options);
  return glp_intopt(lp, &parameters);
}

static void solveMixedInteger(glp_prob *lp, const CGLPKShims_Problem *problem, const CGLPKShims_Options *options,
                              CGLPKShims_Result *result) {
  result->solutionKind = 2;
  int relaxationCode = runSimplex(lp, problem, options, result);
  result->relaxationReturnCode = relaxationCode;
  result->relaxationStatus = glp_get_status(lp);
  result->iterationCount = glp_get_it_cnt(lp);
  if (relaxationCode != 0 || result->relaxationStatus != GLP_OPT) {
    // The relaxation is infeasible, unbounded or unfinished: report it as the simplex saw it.
    result->solutionKind = 0;
    result->returnCode = relaxationCode;
    readSimplexResults(lp, problem, result);
    return;
  }
  result->returnCode = runIntopt(lp, options);
  result->status = glp_mip_status(lp);
  result->objectiveValue = glp_mip_obj_val(lp);
  for (int i = 0; i < problem->rowCount; i++) {
    result->rowValue[i] = glp_mip_row_val(lp, i + 1);
    result->rowDual[i] = 0.0;
    result->rowStatus[i] = 0;
  }
  for (int j = 0; j < problem->columnCount; j++) {
    result->columnValue[j] = glp_mip_col_val(lp, j + 1);
    result->columnDual[j] = 0.0;
    result->columnStatus[j] = 0;
  }
}

static int problemIsUsable(const CGLPKShims_Problem *problem, const CGLPKShims_Options *options) {
  if (problem == NULL || options == NULL) return 0;
  if (problem->rowCount < 0 || problem->columnCount < 0 || problem->nonzeroCount < 0) return 0;
  if (problem->columnCount > 0 && (problem->objective == NULL || problem->columnBoundKind == NULL ||
                                   problem->columnLower == NULL || problem->columnUpper == NULL)) return 0;
  if (problem->rowCount > 0 && (problem->rowBoundKind == NULL || problem->rowLower == NULL ||
                                problem->rowUpper == NULL)) return 0;
  if (problem->nonzeroCount > 0 && (problem->matrixRow == NULL || problem->matrixColumn == NULL ||
                                    problem->matrixValue == NULL)) return 0;
  return 1;
}

static int argumentsAreUsable(const CGLPKShims_Problem *problem, const CGLPKShims_Options *options,
                              const CGLPKShims_Result *result) {
  if (!problemIsUsable(problem, options) || result == NULL) return 0;
  if (problem->rowCount > 0 && (result->rowValue == NULL || result->rowDual == NULL || result->rowStatus == NULL))
    return 0;
  if (problem->columnCount > 0 && (result->columnValue == NULL || result->columnDual == NULL ||
                                   result->columnStatus == NULL)) return 0;
  return 1;
}

/// Work run inside the guard: plain C only, so no Swift frame lies between setjmp and a longjmp from GLPK.
typedef void (*GuardedWork)(void *context);

/// Runs `work` inside the guarded frame: one call at a time, GLPK's text captured into `log`, and a fatal GLPK
/// error turned into CGLPKShims_guardTripped (onFatalError has then freed the environment and every problem in it,
/// so the work needs no cleanup).
static int runGuarded(char *log, size_t logCapacity, GuardedWork work, void *context) {
  beginGuardedCall(log, logCapacity);
  installHooks();
  if (setjmp(guardJump) != 0) {
    removeHooks();
    return CGLPKShims_guardTripped;
  }
  work(context);
  removeHooks();
  return CGLPKShims_ok;
}

typedef struct {
  const CGLPKShims_Problem *problem;
  const CGLPKShims_Options *options;
  CGLPKShims_Result *result;
} SolveWork;

static void solveProblem(void *context) {
  SolveWork *work = context;
  const CGLPKShims_Problem *problem = work->problem;
  const CGLPKShims_Options *options = work->options;
  CGLPKShims_Result *result = work->result;
  glp_prob *lp = glp_create_prob();
  loadProblem(lp, problem);
  if (hasIntegerColumns(problem)) {
    solveMixedInteger(lp, problem, options, result);
  } else if (options->method == CGLPKShims_methodInteriorPoint && problem->rowCount > 0 &&
             problem->columnCount > 0) {
    // glp_interior refuses an empty problem (GLP_EFAIL); the simplex solves it trivially, so it is used instead.
    solveInteriorPoint(lp, problem, options, result);
  } else {
    result->returnCode = runSimplex(lp, problem, options, result);
    readSimplexResults(lp, problem, result);
    result->iterationCount = glp_get_it_cnt(lp);
  }
  glp_delete_prob(lp);
}

int CGLPKShims_solve(const CGLPKShims_Problem *problem, const CGLPKShims_Options *options,
                     CGLPKShims_Result *result, char *log, size_t logCapacity) {
  if (!argumentsAreUsable(problem, options, result)) return CGLPKShims_badArguments;
  result->solutionKind = 0;
  result->returnCode = 0;
  result->presolveReturnCode = -1;
  result->relaxationReturnCode = -1;
  result->relaxationStatus = 0;
  result->warmStartRejected = 0;
  result->iterationCount = 0;
  SolveWork work = {problem, options, result};
  return runGuarded(log, logCapacity, solveProblem, &work);
}

static int variantsAreUsable(const CGLPKShims_Problem *problem, const CGLPKShims_Variants *variants,
                             const CGLPKShims_VariantResults *results) {
  if (variants == NULL || results == NULL || variants->variantCount < 0 || variants->changedRowCount < 0) return 0;
  if (variants->variantCount > 0 &&
      (results->solutionKind == NULL || results->returnCode == NULL || results->status == NULL ||
       results->primalStatus == NULL || results->dualStatus == NULL || results->objectiveValue == NULL ||
       results->iterationCount == NULL ||
       (problem->columnCount > 0 && results->columnValue == NULL))) return 0;
  if (problem->columnCount > 0) {
    for (int v = 0; v < variants->variantCount; v++) {
      if (results->columnValue[v] == NULL) return 0;
    }
  }
  if (variants->variantCount > 0 && variants->changedRowCount > 0 &&
      (variants->changedRows == NULL || variants->rowBoundKind == NULL || variants->rowLower == NULL ||
       variants->rowUpper == NULL)) return 0;
  for (int k = 0; k < variants->changedRowCount; k++) {
    if (variants->changedRows[k] < 0 || variants->changedRows[k] >= problem->rowCount) return 0;
  }
  if (variants->movedRow != NULL) {
    for (int v = 0; v < variants->variantCount; v++) {
      if (variants->movedRow[v] < -1 || variants->movedRow[v] >= variants->changedRowCount) return 0;
    }
  }
  return 1;
}

/// Re-solves with the simplex method from the current basis (no presolve); an unusable basis is rebuilt once.
static int resolveFromCurrentBasis(glp_prob *lp, const CGLPKShims_Options *options) {
  glp_smcp parameters;
  configureSimplex(&parameters, options, 0);
  return simplexFromCurrentBasis(lp, &parameters, NULL);
}

typedef struct {
  const CGLPKShims_Problem *problem;
  const CGLPKShims_Options *options;
  const CGLPKShims_Variants *variants;
  CGLPKShims_VariantResults *results;
} VariantsWork;

/// True when the optimal relaxation in `lp` is already a MIP solution: every integer column has integral bounds and
/// a value within glp_intopt's integrality tolerance (tol_int) of a whole number. Branch and bound would then stop at
/// its root with this same point: the point is feasible for the MIP and optimal for a relaxation of it, so it is
/// MIP-optimal (glp_intopt's check_integrality and record_solution, with the bounds check glp_intopt makes first).
static int relaxationIsIntegral(glp_prob *lp, int columnCount, const CGLPKShims_Options *options) {
  glp_iocp parameters;
  configureIntopt(&parameters, options);
  for (int j = 1; j <= columnCount; j++) {
    // glp_get_col_kind says GLP_BV for an integer column bounded by 0 and 1, GLP_IV for any other.
    if (glp_get_col_kind(lp, j) == GLP_CV) continue;
    int type = glp_get_col_type(lp, j);
    double lower = glp_get_col_lb(lp, j);
    double upper = glp_get_col_ub(lp, j);
    if ((type == GLP_LO || type == GLP_DB || type == GLP_FX) && lower != floor(lower)) return 0;
    if ((type == GLP_UP || type == GLP_DB) && upper != floor(upper)) return 0;
    double value = glp_get_col_prim(lp, j);
    if (fabs(value - floor(value + 0.5)) > parameters.tol_int) return 0;
  }
  return 1;
}

/// Solves variant `v` of a programme with integer columns: its LP relaxation was just re-solved (`code`). If that
/// is not optimal, the relaxation's simplex outcome is recorded (as CGLPKShims_solve reports it). If its optimum is
/// already integral, it is the MIP optimum and is recorded as glp_intopt records an integral root (integer columns
/// rounded, the relaxation's objective), without building a branch-and-bound tree. Otherwise branch and bound runs
/// on `lp`. Either way `lp` is left holding the relaxation and its basis for the next variant.
static void recordMixedIntegerVariant(glp_prob *lp, int columnCount, const CGLPKShims_Options *options, int code,
                                      int v, CGLPKShims_VariantResults *results) {
  results->primalStatus[v] = glp_get_prim_stat(lp);
  results->dualStatus[v] = glp_get_dual_stat(lp);
  double *values = results->columnValue[v];
  if (code != 0 || glp_get_status(lp) != GLP_OPT) {
    results->solutionKind[v] = 0;
    results->returnCode[v] = code;
    results->status[v] = glp_get_status(lp);
    results->objectiveValue[v] = glp_get_obj_val(lp);
    for (int j = 0; j < columnCount; j++) values[j] = glp_get_col_prim(lp, j + 1);
    return;
  }
  results->solutionKind[v] = 2;
  if (relaxationIsIntegral(lp, columnCount, options)) {
    results->returnCode[v] = 0;
    results->status[v] = GLP_OPT;
    results->objectiveValue[v] = glp_get_obj_val(lp);
    for (int j = 0; j < columnCount; j++) {
      double value = glp_get_col_prim(lp, j + 1);
      values[j] = glp_get_col_kind(lp, j + 1) == GLP_CV ? value : floor(value + 0.5);
    }
    return;
  }
  results->returnCode[v] = runIntopt(lp, options);
  results->status[v] = glp_mip_status(lp);
  results->objectiveValue[v] = glp_mip_obj_val(lp);
  for (int j = 0; j < columnCount; j++) values[j] = glp_mip_col_val(lp, j + 1);
}

/// Where the current optimal basis stays primal feasible as one row's active bound moves.
typedef struct {
  /// Position in changedRows of the row ranged, or -1 when no range is known.
  int moved;
  /// GLP_NL (the lower bound is active), GLP_NU (the upper) or GLP_NS (fixed).
  int side;
  double low;
  double high;
} BoundRange;

/// Ranges the active bound of row `row` (0-based) of the optimal basis in `lp`: glp_analyze_bound's limits of that
/// bound within which the basis stays primal feasible. Returns 0 (no range) when the row is basic or the solution,
/// or a factorization of its basis, is not at hand, so glp_analyze_bound's preconditions always hold.
static int rangeActiveBound(glp_prob *lp, int row, BoundRange *range) {
  int k = row + 1;
  int stat = glp_get_row_stat(lp, k);
  if (stat != GLP_NL && stat != GLP_NU && stat != GLP_NS) return 0;
  if (glp_get_prim_stat(lp) != GLP_FEAS || glp_get_dual_stat(lp) != GLP_FEAS) return 0;
  if (!glp_bf_exists(lp) && glp_factorize(lp) != 0) return 0;
  int var1, var2;
  glp_analyze_bound(lp, k, &range->low, &var1, &range->high, &var2);
  range->side = stat;
  return 1;
}

/// True when `value` lies inside [low, high] with a margin of 1e-9 relative, so the simplex's own feasibility test
/// (tolerance 1e-7 relative) would accept the basis too.
static int insideRange(double value, const BoundRange *range) {
  double margin = 1e-9 * (1.0 + fabs(value));
  return range->low + margin <= value && value <= range->high - margin;
}

/// The active bound variant `v` gives its moved row (`range->side` says which bound is active).
static double movedBound(const CGLPKShims_Variants *variants, int v, const BoundRange *range) {
  int index = v * variants->changedRowCount + range->moved;
  return range->side == GLP_NU ? variants->rowUpper[index] : variants->rowLower[index];
}

/// True when variant `v` moves the row last ranged (with the same kind of bounds) and its active bound lies inside
/// the range: the basis ranged is then optimal for the variant too (primal feasible by the range, dual feasible as
/// the bounds do not enter the reduced costs), so the simplex would make no iteration.
static int onLine(const CGLPKShims_Problem *problem, const CGLPKShims_Variants *variants, int v,
                  const BoundRange *range) {
  if (variants->movedRow == NULL || range->moved < 0 || variants->movedRow[v] != range->moved) return 0;
  int row = variants->changedRows[range->moved];
  int kind = variants->rowBoundKind[v * variants->changedRowCount + range->moved];
  if (kind != problem->rowBoundKind[row]) return 0;
  if (range->side == GLP_NL && kind != GLP_LO && kind != GLP_DB) return 0;
  if (range->side == GLP_NU && kind != GLP_UP && kind != GLP_DB) return 0;
  if (range->side == GLP_NS && kind != GLP_FX) return 0;
  return insideRange(movedBound(variants, v, range), range);
}

/// True when variant `v` is on the line of the basis last ranged (onLine) and the loaded problem's bound lies
/// inside the range as well: the optimum then moves linearly with the bound all the way from the loaded problem's
/// to the variant's, so the variant need not be reported at all (solutionKind 3).
static int withinRange(const CGLPKShims_Problem *problem, const CGLPKShims_Variants *variants, int v,
                       const BoundRange *range) {
  if (!onLine(problem, variants, v, range)) return 0;
  int row = variants->changedRows[range->moved];
  double loaded = range->side == GLP_NU ? problem->rowUpper[row] : problem->rowLower[row];
  return insideRange(loaded, range);
}

/// True when variant `v` moves a different row from variant `v - 1`: its re-solve then starts from the base
/// programme's optimal basis, not from the previous row's last variant, so each row's variants are measured from
/// the same vertex whatever row came before, and the dual simplex has less to undo.
static int startsNewMovedRow(const CGLPKShims_Variants *variants, int v) {
  return variants->movedRow != NULL && variants->movedRow[v] >= 0 &&
         (v == 0 || variants->movedRow[v] != variants->movedRow[v - 1]);
}

/// True when variant `v` moves the same row as the variant before it.
static int continuesMovedRow(const CGLPKShims_Variants *variants, int v) {
  return variants->movedRow != NULL && v > 0 && variants->movedRow[v] >= 0 &&
         variants->movedRow[v] == variants->movedRow[v - 1];
}

/// Records variant `v` as not solved because the caller no longer wanted its row's variants (solution kind 4).
static void recordNotWanted(int v, CGLPKShims_VariantResults *results) {
  results->solutionKind[v] = 4;
  results->returnCode[v] = 0;
  results->status[v] = 0;
  results->primalStatus[v] = 0;
  results->dualStatus[v] = 0;
  results->objectiveValue[v] = 0.0;
  results->iterationCount[v] = 0;
}

/// A column of the simplex tableau (glp_eval_tab_col): how each basic variable moves per unit of a non-basic one.
typedef struct {
  int length;
  int *index;
  double *value;
} TableauColumn;

/// Along one optimal basis, the column values move linearly with the moved row's active bound: this is where they
/// are (`values`, at the bound `at`) and how they move (`column`), for the row ranged in `range`.
typedef struct {
  BoundRange range;
  double at;
  double *values;
  TableauColumn column;
} BasisLine;

/// Renumbers a tableau column read from a problem holding only some of the programme's columns in the programme's
/// columns (`fullOf[w]`, 1-based: the programme's column of the problem's column w).
static void toFullColumns(TableauColumn *column, int rowCount, const int *fullOf) {
  for (int t = 1; t <= column->length; t++) {
    if (column->index[t] > rowCount) column->index[t] = rowCount + fullOf[column->index[t] - rowCount];
  }
}

/// Reads the tableau column of row `row`'s auxiliary variable from the current factorization into `column`
/// (arrays of rowCount + 1 entries, as glp_eval_tab_col needs).
static void readTableauColumn(glp_prob *lp, int row, TableauColumn *column) {
  column->length = glp_eval_tab_col(lp, row + 1, column->index, column->value);
}

/// Copies `from` into `to` (both allocated with rowCount + 1 entries).
static void copyTableauColumn(const TableauColumn *from, TableauColumn *to) {
  to->length = from->length;
  memcpy(to->index + 1, from->index + 1, (size_t)from->length * sizeof(int));
  memcpy(to->value + 1, from->value + 1, (size_t)from->length * sizeof(double));
}

/// Moves `line` to the bound `bound`: basic columns move by their tableau entry times the change (the basis and
/// the non-basic values stay), and writes the point and its objective as variant `v`'s optimal result.
static void recordAlongLine(BasisLine *line, double bound, const CGLPKShims_Problem *problem, int v,
                            CGLPKShims_VariantResults *results) {
  double shift = bound - line->at;
  for (int t = 1; t <= line->column.length; t++) {
    int variable = line->column.index[t];
    if (variable > problem->rowCount) line->values[variable - problem->rowCount - 1] += line->column.value[t] * shift;
  }
  line->at = bound;
  double objective = problem->objectiveConstant;
  double *values = results->columnValue[v];
  for (int j = 0; j < problem->columnCount; j++) {
    values[j] = line->values[j];
    objective += problem->objective[j] * line->values[j];
  }
  results->solutionKind[v] = 0;
  results->returnCode[v] = 0;
  results->status[v] = GLP_OPT;
  results->primalStatus[v] = GLP_FEAS;
  results->dualStatus[v] = GLP_FEAS;
  results->objectiveValue[v] = objective;
  results->iterationCount[v] = 0;
}

/// The base programme (every changed row at the loaded bounds) solved from the warm start, and for each changed
/// row the range and tableau column of its active bound at that optimal basis, so a variant's first step inside
/// the range is found without a simplex call. `ready` is 0 when there is no warm start or the base is not optimal.
typedef struct {
  int ready;
  double *values;
  BoundRange *ranges;
  TableauColumn *columns;
} BaseLines;

/// Reads the base lines of the optimal basis in `lp`: the column values and, for each changed row, the range and
/// tableau column of its active bound. `lp` holds the programme's columns, or only some of them (`fullOf[w]`, 1-based,
/// the programme's column of each of its columns; NULL when it holds them all): a column it does not hold is at 0 and
/// non-basic, so it appears in neither.
static void readBaseLines(glp_prob *lp, const CGLPKShims_Problem *problem, const CGLPKShims_Variants *variants,
                          const int *fullOf, BaseLines *base) {
  int rows = variants->changedRowCount;
  int m = problem->rowCount;
  base->values = glp_alloc(problem->columnCount > 0 ? problem->columnCount : 1, sizeof(double));
  if (fullOf == NULL) {
    for (int j = 0; j < problem->columnCount; j++) base->values[j] = glp_get_col_prim(lp, j + 1);
  } else {
    for (int j = 0; j < problem->columnCount; j++) base->values[j] = 0.0;
    for (int w = 1; w <= glp_get_num_cols(lp); w++) base->values[fullOf[w] - 1] = glp_get_col_prim(lp, w);
  }
  base->ranges = glp_alloc(rows > 0 ? rows : 1, sizeof(BoundRange));
  base->columns = glp_alloc(rows > 0 ? rows : 1, sizeof(TableauColumn));
  int *index = glp_alloc(m + 1, sizeof(int));
  double *value = glp_alloc(m + 1, sizeof(double));
  for (int k = 0; k < rows; k++) {
    base->columns[k].length = 0;
    base->columns[k].index = NULL;
    base->columns[k].value = NULL;
    base->ranges[k].moved = -1;
    if (!rangeActiveBound(lp, variants->changedRows[k], &base->ranges[k])) continue;
    base->ranges[k].moved = k;
    TableauColumn read = {glp_eval_tab_col(lp, variants->changedRows[k] + 1, index, value), index, value};
    if (fullOf != NULL) toFullColumns(&read, m, fullOf);
    base->columns[k].index = glp_alloc(read.length + 1, sizeof(int));
    base->columns[k].value = glp_alloc(read.length + 1, sizeof(double));
    copyTableauColumn(&read, &base->columns[k]);
  }
  glp_free(index);
  glp_free(value);
  base->ready = 1;
}

/// True when variants can start from the base programme's optimal basis: they move rows one at a time from a
/// warm start.
static int hasBaseLines(const CGLPKShims_Problem *problem, const CGLPKShims_Variants *variants) {
  return variants->movedRow != NULL && problem->warmRowStatus != NULL && problem->warmColumnStatus != NULL;
}

static void solveBase(glp_prob *lp, const CGLPKShims_Problem *problem, const CGLPKShims_Options *options,
                      const CGLPKShims_Variants *variants, BaseLines *base) {
  base->ready = 0;
  if (!hasBaseLines(problem, variants)) return;
  CGLPKShims_Result ignored;
  memset(&ignored, 0, sizeof ignored);
  if (runSimplex(lp, problem, options, &ignored) != 0 || glp_get_status(lp) != GLP_OPT) return;
  readBaseLines(lp, problem, variants, NULL, base);
}

static void freeBase(BaseLines *base, int rows) {
  if (!base->ready) return;
  for (int k = 0; k < rows; k++) {
    if (base->columns[k].index != NULL) glp_free(base->columns[k].index);
    if (base->columns[k].value != NULL) glp_free(base->columns[k].value);
  }
  glp_free(base->columns);
  glp_free(base->ranges);
  glp_free(base->values);
  base->ready = 0;
}

/// The columns a variant call's working problem holds. GLPK rebuilds its working copy of every column at each
/// glp_simplex call, and most placement columns of a plan never enter its steps, so a column the base optimum does
/// not use (non-basic at a lower bound of 0, value 0, reduced cost above 0) is left out. After each solve every
/// column left out is priced with that solve's row duals (d = c − aᵀπ); any that would improve the objective is
/// added and the solve carried on (a restricted problem that is not optimal gets every column back), so each
/// variant's point is optimal for the whole programme, as pricing makes the plan's own.
typedef struct {
  int active;
  /// [1..active]: the full column (1-based) of each working column.
  int *fullOf;
  /// [1..columnCount]: the working column of each full column, 0 when left out.
  int *workingOf;
  /// [1..columnCount + 1]: each full column's first triplet (1-based) in the problem's column-major arrays.
  int *start;
  /// [1..rowCount]: the row duals of the last solve.
  double *dual;
} WorkingColumns;

/// Fills `set->start` when the problem's triplets run column by column (GLPKProblemArrays writes them so); returns
/// 0 when they do not, and no column is then left out.
static int indexColumns(const CGLPKShims_Problem *problem, WorkingColumns *set) {
  int n = problem->columnCount;
  for (int k = 2; k <= problem->nonzeroCount; k++) {
    if (problem->matrixColumn[k] < problem->matrixColumn[k - 1]) return 0;
  }
  set->start = glp_alloc(n + 2, sizeof(int));
  int k = 1;
  for (int j = 1; j <= n + 1; j++) {
    while (k <= problem->nonzeroCount && problem->matrixColumn[k] < j) k++;
    set->start[j] = k;
  }
  return 1;
}

/// Adds full column `j` (1-based) to the working problem `lp`, non-basic at its lower bound.
static void addWorkingColumn(glp_prob *lp, const CGLPKShims_Problem *problem, WorkingColumns *set, int j) {
  int w = glp_add_cols(lp, 1);
  glp_set_col_bnds(lp, w, problem->columnBoundKind[j - 1], problem->columnLower[j - 1], problem->columnUpper[j - 1]);
  glp_set_obj_coef(lp, w, problem->objective[j - 1]);
  int length = set->start[j + 1] - set->start[j];
  if (length > 0) {
    glp_set_mat_col(lp, w, length, problem->matrixRow + set->start[j] - 1, problem->matrixValue + set->start[j] - 1);
  }
  glp_set_col_stat(lp, w, GLP_NL);
  set->active = w;
  set->fullOf[w] = j;
  set->workingOf[j] = w;
}

static void freeWorkingColumns(WorkingColumns *set) {
  if (set->start != NULL) glp_free(set->start);
  if (set->workingOf != NULL) glp_free(set->workingOf);
  if (set->fullOf != NULL) glp_free(set->fullOf);
  if (set->dual != NULL) glp_free(set->dual);
}

/// True when the optimum leaves full column `j` (1-based) out of the working problem: non-basic (`status`) at a
/// lower bound of 0, value 0, and its reduced cost `dual` above 0 (for a minimisation).
static int leftOut(const CGLPKShims_Problem *problem, int j, int status, double value, double dual) {
  int kind = problem->columnBoundKind[j - 1];
  double sign = problem->sense < 0 ? -1.0 : 1.0;
  return status == GLP_NL && (kind == GLP_LO || kind == GLP_DB) && problem->columnLower[j - 1] == 0.0 &&
         value == 0.0 && sign * dual > 1e-9 * (1.0 + fabs(problem->objective[j - 1]));
}

/// The reduced cost of full column `j` (1-based) under the row duals `set->dual` (d = c − aᵀπ), over the problem's
/// column-major triplets (after indexColumns).
static double reducedCostOf(const CGLPKShims_Problem *problem, const WorkingColumns *set, int j) {
  double reducedCost = problem->objective[j - 1];
  for (int k = set->start[j]; k < set->start[j + 1]; k++) {
    reducedCost -= problem->matrixValue[k] * set->dual[problem->matrixRow[k]];
  }
  return reducedCost;
}

/// Allocates the working set's maps (after indexColumns).
static void allocateWorkingColumns(const CGLPKShims_Problem *problem, WorkingColumns *set) {
  set->workingOf = glp_alloc(problem->columnCount + 1, sizeof(int));
  set->fullOf = glp_alloc(problem->columnCount + 1, sizeof(int));
  set->dual = glp_alloc(problem->rowCount + 1, sizeof(double));
}

/// Builds the working problem over the columns `set->workingOf` keeps, in the programme's order, with the rows at
/// the loaded problem's bounds and the basis `rowStatus` [1..rowCount], `columnStatus` [1..kept] (by working column).
static glp_prob *buildWorking(const CGLPKShims_Problem *problem, WorkingColumns *set, const int *rowStatus,
                              const int *columnStatus) {
  glp_prob *lp = glp_create_prob();
  loadRows(lp, problem);
  for (int i = 1; i <= problem->rowCount; i++) glp_set_row_stat(lp, i, rowStatus[i]);
  set->active = 0;
  for (int j = 1; j <= problem->columnCount; j++) {
    if (set->workingOf[j] == 0) continue;
    addWorkingColumn(lp, problem, set, j);
    glp_set_col_stat(lp, set->active, columnStatus[set->active]);
  }
  return lp;
}

/// The working problem for the variants: the base optimum in `full` (just solved, every row at the loaded
/// problem's bounds) with the columns it leaves out dropped, its basis carried over. `full` is deleted. Returns
/// NULL (and keeps `full`) when no column is left out or the triplets are not column by column.
static glp_prob *restrictColumns(glp_prob *full, const CGLPKShims_Problem *problem, WorkingColumns *set) {
  int n = problem->columnCount;
  int m = problem->rowCount;
  if (!indexColumns(problem, set)) return NULL;
  allocateWorkingColumns(problem, set);
  int kept = 0;
  for (int j = 1; j <= n; j++) {
    int out = leftOut(problem, j, glp_get_col_stat(full, j), glp_get_col_prim(full, j), glp_get_col_dual(full, j));
    set->workingOf[j] = out ? 0 : ++kept;
  }
  if (kept == n) return NULL;
  // The basis is kept aside and `full` let go before the working problem is built, so GLPK never holds both.
  int *rowStatus = glp_alloc(m + 1, sizeof(int));
  int *columnStatus = glp_alloc(kept + 1, sizeof(int));
  for (int i = 1; i <= m; i++) rowStatus[i] = glp_get_row_stat(full, i);
  for (int j = 1; j <= n; j++) {
    if (set->workingOf[j] != 0) columnStatus[set->workingOf[j]] = glp_get_col_stat(full, j);
  }
  glp_delete_prob(full);
  glp_prob *lp = buildWorking(problem, set, rowStatus, columnStatus);
  glp_free(rowStatus);
  glp_free(columnStatus);
  return lp;
}

/// True when the warm start leaves full column `j` (1-based) idle: non-basic at a lower bound of 0.
static int idleInWarmStart(const CGLPKShims_Problem *problem, int j) {
  int kind = problem->columnBoundKind[j - 1];
  return problem->warmColumnStatus[j - 1] == GLP_NL && (kind == GLP_LO || kind == GLP_DB) &&
         problem->columnLower[j - 1] == 0.0;
}

/// Loads into `lp` the rows and the columns `fullOf[1..count]` (1-based, ascending) of the programme, with the
/// warm start's basis on them. The matrix goes in through glp_load_matrix in the programme's triplet order, so GLPK
/// lists each row's and column's elements as it would for the whole programme.
static void loadSomeColumns(glp_prob *lp, const CGLPKShims_Problem *problem, const WorkingColumns *set,
                            const int *fullOf, int count) {
  loadRows(lp, problem);
  applyWarmRows(lp, problem);
  if (count > 0) glp_add_cols(lp, count);
  int nonzeros = 0;
  for (int w = 1; w <= count; w++) {
    int j = fullOf[w];
    glp_set_col_bnds(lp, w, problem->columnBoundKind[j - 1], problem->columnLower[j - 1], problem->columnUpper[j - 1]);
    glp_set_obj_coef(lp, w, problem->objective[j - 1]);
    glp_set_col_stat(lp, w, problem->warmColumnStatus[j - 1]);
    nonzeros += set->start[j + 1] - set->start[j];
  }
  if (nonzeros == 0) return;
  int *rowIndex = glp_alloc(nonzeros + 1, sizeof(int));
  int *columnIndex = glp_alloc(nonzeros + 1, sizeof(int));
  double *value = glp_alloc(nonzeros + 1, sizeof(double));
  int t = 0;
  for (int w = 1; w <= count; w++) {
    int j = fullOf[w];
    for (int k = set->start[j]; k < set->start[j + 1]; k++) {
      t++;
      rowIndex[t] = problem->matrixRow[k];
      columnIndex[t] = w;
      value[t] = problem->matrixValue[k];
    }
  }
  glp_load_matrix(lp, nonzeros, rowIndex, columnIndex, value);
  glp_free(rowIndex);
  glp_free(columnIndex);
  glp_free(value);
}

/// The base programme solved, and its working problem built, without GLPK ever holding the whole programme: the
/// columns the warm start leaves idle are not loaded. The rest is solved from the warm start; when that basis is
/// already optimal there (no simplex iteration) and no idle column's reduced cost under its row duals is negative,
/// it is the optimal basis the whole programme's solve would stop at, with no iteration either: the same basis, so
/// the same point, duals, ranges and tableau columns. The working problem then keeps the columns restrictColumns
/// would keep, in the same order and with the same basis. Returns NULL, with `base` and `set` left empty, when the
/// warm start is not optimal, the triplets are not column by column, or no column would be left out: the caller
/// then loads the whole programme.
static glp_prob *solveBaseWithoutIdleColumns(const CGLPKShims_Problem *problem, const CGLPKShims_Options *options,
                                             const CGLPKShims_Variants *variants, BaseLines *base,
                                             WorkingColumns *set) {
  int n = problem->columnCount;
  int m = problem->rowCount;
  if (!hasBaseLines(problem, variants) || !indexColumns(problem, set)) return NULL;
  int *fullOf = glp_alloc(n + 1, sizeof(int));
  int loaded = 0;
  for (int j = 1; j <= n; j++) {
    if (!idleInWarmStart(problem, j)) fullOf[++loaded] = j;
  }
  glp_prob *lp = NULL;
  if (loaded < n) {
    lp = glp_create_prob();
    loadSomeColumns(lp, problem, set, fullOf, loaded);
    CGLPKShims_Result ignored;
    memset(&ignored, 0, sizeof ignored);
    int code = simplexFromWarmStart(lp, options, &ignored);
    if (code != 0 || ignored.warmStartRejected || glp_get_status(lp) != GLP_OPT || glp_get_it_cnt(lp) != 0) {
      glp_delete_prob(lp);
      lp = NULL;
    }
  }
  int kept = 0;
  if (lp != NULL) {
    allocateWorkingColumns(problem, set);
    for (int i = 1; i <= m; i++) set->dual[i] = glp_get_row_dual(lp, i);
    double sign = problem->sense < 0 ? -1.0 : 1.0;
    int w = 1;
    for (int j = 1; j <= n && lp != NULL; j++) {
      int out;
      if (w <= loaded && fullOf[w] == j) {
        out = leftOut(problem, j, glp_get_col_stat(lp, w), glp_get_col_prim(lp, w), glp_get_col_dual(lp, w));
        w++;
      } else {
        double reducedCost = reducedCostOf(problem, set, j);
        if (sign * reducedCost < -1e-9 * (1.0 + fabs(problem->objective[j - 1]))) {
          // The whole programme's solve might pivot this column in: not the same basis for certain.
          glp_delete_prob(lp);
          lp = NULL;
          break;
        }
        out = leftOut(problem, j, GLP_NL, 0.0, reducedCost);
      }
      set->workingOf[j] = out ? 0 : ++kept;
    }
  }
  if (lp != NULL && kept == n) {
    glp_delete_prob(lp);
    lp = NULL;
  }
  if (lp == NULL) {
    glp_free(fullOf);
    freeWorkingColumns(set);
    memset(set, 0, sizeof *set);
    return NULL;
  }
  readBaseLines(lp, problem, variants, fullOf, base);
  int *rowStatus = glp_alloc(m + 1, sizeof(int));
  int *columnStatus = glp_alloc(kept + 1, sizeof(int));
  for (int i = 1; i <= m; i++) rowStatus[i] = glp_get_row_stat(lp, i);
  int w = 1;
  for (int j = 1; j <= n; j++) {
    int status = GLP_NL;
    if (w <= loaded && fullOf[w] == j) status = glp_get_col_stat(lp, w++);
    if (set->workingOf[j] != 0) columnStatus[set->workingOf[j]] = status;
  }
  glp_delete_prob(lp);
  glp_free(fullOf);
  lp = buildWorking(problem, set, rowStatus, columnStatus);
  glp_free(rowStatus);
  glp_free(columnStatus);
  return lp;
}

/// Prices every column left out of `lp` with its row duals and adds those that would improve the objective.
/// Returns how many were added.
static int priceLeftOut(glp_prob *lp, const CGLPKShims_Problem *problem, WorkingColumns *set) {
  for (int i = 1; i <= problem->rowCount; i++) set->dual[i] = glp_get_row_dual(lp, i);
  double sign = problem->sense < 0 ? -1.0 : 1.0;
  int added = 0;
  for (int j = 1; j <= problem->columnCount; j++) {
    if (set->workingOf[j] != 0) continue;
    if (sign * reducedCostOf(problem, set, j) < -1e-7 * (1.0 + fabs(problem->objective[j - 1]))) {
      addWorkingColumn(lp, problem, set, j);
      added++;
    }
  }
  return added;
}

/// Adds every column left out of `lp` (when a restricted problem is not optimal, for whatever reason).
static void addAllLeftOut(glp_prob *lp, const CGLPKShims_Problem *problem, WorkingColumns *set) {
  for (int j = 1; j <= problem->columnCount; j++) {
    if (set->workingOf[j] == 0) addWorkingColumn(lp, problem, set, j);
  }
}

/// Re-solves `lp` from its current basis and, when it holds only some columns (`set`), prices the rest in until
/// none would improve the objective; a restricted problem that is not optimal is solved again with every column.
static int resolveWorking(glp_prob *lp, const CGLPKShims_Problem *problem, const CGLPKShims_Options *options,
                          WorkingColumns *set) {
  int code = resolveFromCurrentBasis(lp, options);
  if (set == NULL) return code;
  for (;;) {
    int optimal = code == 0 && glp_get_status(lp) == GLP_OPT;
    if (!optimal && set->active < problem->columnCount) {
      addAllLeftOut(lp, problem, set);
    } else if (!optimal || priceLeftOut(lp, problem, set) == 0) {
      return code;
    }
    // New columns come in at their lower bounds: the basis stays primal feasible, so the primal simplex carries on.
    glp_smcp parameters;
    configureSimplex(&parameters, options, 0);
    parameters.meth = GLP_PRIMAL;
    code = simplexFromCurrentBasis(lp, &parameters, NULL);
  }
}

/// The caller's starting basis on the working problem (its rows, and each working column's full column's status).
static void applyWarmStartWorking(glp_prob *lp, const CGLPKShims_Problem *problem, const WorkingColumns *set) {
  if (set == NULL) {
    applyWarmStart(lp, problem);
    return;
  }
  applyWarmRows(lp, problem);
  for (int w = 1; w <= set->active; w++) glp_set_col_stat(lp, w, problem->warmColumnStatus[set->fullOf[w] - 1]);
}

static void solveEachVariant(void *context) {
  VariantsWork *work = context;
  const CGLPKShims_Problem *problem = work->problem;
  const CGLPKShims_Variants *variants = work->variants;
  CGLPKShims_VariantResults *results = work->results;
  int integer = hasIntegerColumns(problem);
  CGLPKShims_Result first;
  memset(&first, 0, sizeof first);
  int rows = variants->changedRowCount;
  BaseLines base = {0, NULL, NULL, NULL};
  WorkingColumns set = {0, NULL, NULL, NULL, NULL};
  WorkingColumns *working = NULL;
  glp_prob *lp = integer ? NULL : solveBaseWithoutIdleColumns(problem, work->options, variants, &base, &set);
  if (lp != NULL) {
    working = &set;
  } else {
    lp = glp_create_prob();
    loadProblem(lp, problem);
    if (!integer) solveBase(lp, problem, work->options, variants, &base);
    if (base.ready) {
      glp_prob *restricted = restrictColumns(lp, problem, &set);
      if (restricted != NULL) {
        lp = restricted;
        working = &set;
      }
    }
  }
  int solved = base.ready;
  BasisLine line;
  line.range.moved = -1;
  line.values = glp_alloc(problem->columnCount > 0 ? problem->columnCount : 1, sizeof(double));
  line.column.index = glp_alloc(problem->rowCount + 1, sizeof(int));
  line.column.value = glp_alloc(problem->rowCount + 1, sizeof(double));
  int stopped = 0;
  for (int v = 0; v < variants->variantCount; v++) {
    int newRow = startsNewMovedRow(variants, v);
    if (newRow) {
      stopped = 0;
    } else if (!stopped && continuesMovedRow(variants, v) && results->solutionKind[v - 1] != 3 &&
               variants->carriesOn != NULL) {
      stopped = !variants->carriesOn(variants->carriesOnContext, v - 1);
    }
    if (stopped && continuesMovedRow(variants, v)) {
      recordNotWanted(v, results);
      continue;
    }
    for (int k = 0; k < rows; k++) {
      int index = v * rows + k;
      glp_set_row_bnds(lp, variants->changedRows[k] + 1, variants->rowBoundKind[index], variants->rowLower[index],
                       variants->rowUpper[index]);
    }
    if (newRow && base.ready) {
      // Back to the base programme's optimal basis and point: this row's variants start there.
      applyWarmStartWorking(lp, problem, working);
      int k = variants->movedRow[v];
      line.range = base.ranges[k];
      if (line.range.moved >= 0) {
        int row = variants->changedRows[k];
        line.at = line.range.side == GLP_NU ? problem->rowUpper[row] : problem->rowLower[row];
        memcpy(line.values, base.values, (size_t)problem->columnCount * sizeof(double));
        copyTableauColumn(&base.columns[k], &line.column);
      }
    }
    if (!integer && !newRow && withinRange(problem, variants, v, &line.range)) {
      results->solutionKind[v] = 3;
      results->returnCode[v] = 0;
      results->status[v] = GLP_OPT;
      results->primalStatus[v] = GLP_FEAS;
      results->dualStatus[v] = GLP_FEAS;
      results->objectiveValue[v] = 0.0;
      results->iterationCount[v] = 0;
      continue;
    }
    if (!integer && onLine(problem, variants, v, &line.range)) {
      // Still on the current optimal basis: the point moves along the line, no simplex call needed.
      recordAlongLine(&line, movedBound(variants, v, &line.range), problem, v, results);
      continue;
    }
    line.range.moved = -1;
    int before = glp_get_it_cnt(lp);
    int code = solved ? resolveWorking(lp, problem, work->options, working)
                      : runSimplex(lp, problem, work->options, &first);
    solved = 1;
    // Simplex iterations of the (relaxed) LP, as CGLPKShims_solve counts them.
    results->iterationCount[v] = glp_get_it_cnt(lp) - before;
    if (integer) {
      recordMixedIntegerVariant(lp, problem->columnCount, work->options, code, v, results);
      continue;
    }
    results->solutionKind[v] = 0;
    results->returnCode[v] = code;
    results->status[v] = glp_get_status(lp);
    int moved = variants->movedRow == NULL ? -1 : variants->movedRow[v];
    if (moved >= 0 && code == 0 && glp_get_status(lp) == GLP_OPT &&
        rangeActiveBound(lp, variants->changedRows[moved], &line.range)) {
      line.range.moved = moved;
      line.at = movedBound(variants, v, &line.range);
      readTableauColumn(lp, variants->changedRows[moved], &line.column);
      if (working != NULL) toFullColumns(&line.column, problem->rowCount, working->fullOf);
    }
    results->primalStatus[v] = glp_get_prim_stat(lp);
    results->dualStatus[v] = glp_get_dual_stat(lp);
    results->objectiveValue[v] = glp_get_obj_val(lp);
    for (int j = 0; j < problem->columnCount; j++) {
      int column = working == NULL ? j + 1 : working->workingOf[j + 1];
      double value = column == 0 ? 0.0 : glp_get_col_prim(lp, column);
      results->columnValue[v][j] = value;
      line.values[j] = value;
    }
  }
  glp_free(line.column.value);
  glp_free(line.column.index);
  glp_free(line.values);
  freeBase(&base, rows);
  freeWorkingColumns(&set);
  glp_delete_prob(lp);
}

int CGLPKShims_solveVariants(const CGLPKShims_Problem *problem, const CGLPKShims_Options *options,
                             const CGLPKShims_Variants *variants, CGLPKShims_VariantResults *results, char *log,
                             size_t logCapacity) {
  if (!problemIsUsable(problem, options) || !variantsAreUsable(problem, variants, results)) {
    return CGLPKShims_badArguments;
  }
  VariantsWork work = {problem, options, variants, results};
  return runGuarded(log, logCapacity, solveEachVariant, &work);
}

const char *CGLPKShims_version(void) { return glp_version(); }

void CGLPKShims_memoryInUse(int *blocks, size_t *bytes) {
  glp_mem_usage(blocks, NULL, bytes, NULL);
}

#ifdef CGLPKSHIMS_FATAL_ERROR_SEAM
static void makeFatalCalls(void *context) {
  int kind = *(const int *)context;
  glp_prob *lp = glp_create_prob();
  switch (kind) {
    case 1:
      glp_add_cols(lp, 0);
      break;
    case 2:
      glp_add_cols(lp, 1);
      glp_set_col_name(lp, 1, "bad\tname");
      break;
    case 3:
      glp_add_cols(lp, 1);
      glp_set_obj_coef(lp, 7, 1.0);
      break;
    default:
      break;
  }
  glp_delete_prob(lp);
}

/// Writes `lines` numbered lines through GLPK's terminal output, then makes a fatal call (so the log ends with
/// GLPK's fatal message, as a long solve that then fails would).
static void writeLongLog(void *context) {
  int lines = *(const int *)context;
  for (int line = 1; line <= lines; line++) glp_printf("line %d of GLPK's text\n", line);
  glp_prob *lp = glp_create_prob();
  glp_add_cols(lp, 0);
  glp_delete_prob(lp);
}

int CGLPKShims_provokeFatalError(int kind, char *log, size_t logCapacity) {
  return runGuarded(log, logCapacity, makeFatalCalls, &kind);
}

int CGLPKShims_provokeLongLog(int lines, char *log, size_t logCapacity) {
  return runGuarded(log, logCapacity, writeLongLog, &lines);
}
#else
int CGLPKShims_provokeFatalError(int kind, char *log, size_t logCapacity) {
  (void)kind;
  (void)log;
  (void)logCapacity;
  return CGLPKShims_badArguments;
}

int CGLPKShims_provokeLongLog(int lines, char *log, size_t logCapacity) {
  (void)lines;
  (void)log;
  (void)logCapacity;
  return CGLPKShims_badArguments;
}
#endif
