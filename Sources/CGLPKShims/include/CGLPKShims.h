// CGLPKShims: the only C code in SufficiencyPlanner.
//
// Every GLPK call runs inside one guarded C frame: CGLPKShims_solve creates the problem, loads it, solves it,
// reads every result and deletes it before returning, with glp_error_hook + setjmp/longjmp catching GLPK's fatal
// errors (which would otherwise call abort()) and glp_term_hook capturing GLPK's text (which would otherwise go to
// stdout). No GLPK object outlives a call. GLPK's environment and the guard's state are thread-local, so calls on
// different threads may run at the same time; a fatal error frees only its own thread's GLPK objects.
#ifndef CGLPKSHIMS_H
#define CGLPKSHIMS_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Bound kinds, in GLPK's numbering (GLP_FR, GLP_LO, GLP_UP, GLP_DB, GLP_FX).
enum {
  CGLPKShims_boundFree = 1,
  CGLPKShims_boundLower = 2,
  CGLPKShims_boundUpper = 3,
  CGLPKShims_boundDouble = 4,
  CGLPKShims_boundFixed = 5
};

/// Algorithms.
enum {
  CGLPKShims_methodPrimalSimplex = 0,
  CGLPKShims_methodDualSimplex = 1,
  CGLPKShims_methodInteriorPoint = 2
};

/// What CGLPKShims_solve returns.
enum {
  /// The whole call ran; read `result`.
  CGLPKShims_ok = 0,
  /// GLPK raised a fatal error; the guard caught it. The log holds GLPK's message.
  CGLPKShims_guardTripped = 1,
  /// The shim refused the arguments before calling GLPK (null pointers, negative counts).
  CGLPKShims_badArguments = 2
};

/// A whole problem, as plain arrays. Matrix arrays are 1-based: slot 0 of `matrixRow`, `matrixColumn` and
/// `matrixValue` is unused, as glp_load_matrix expects. Name arrays may be NULL (no names).
typedef struct {
  int rowCount;
  int columnCount;
  /// +1 to minimise, -1 to maximise.
  int sense;
  double objectiveConstant;
  const double *objective;          // columnCount
  const int *columnBoundKind;       // columnCount
  const double *columnLower;        // columnCount
  const double *columnUpper;        // columnCount
  const int *columnIsInteger;       // columnCount
  const int *rowBoundKind;          // rowCount
  const double *rowLower;           // rowCount
  const double *rowUpper;           // rowCount
  int nonzeroCount;
  const int *matrixRow;             // nonzeroCount + 1
  const int *matrixColumn;          // nonzeroCount + 1
  const double *matrixValue;        // nonzeroCount + 1
  const char *problemName;          // may be NULL
  const char *const *rowNames;      // rowCount, may be NULL
  const char *const *columnNames;   // columnCount, may be NULL
  /// Optional starting basis (GLP_BS=1, GLP_NL=2, GLP_NU=3, GLP_NF=4, GLP_NS=5); both NULL for none.
  const int *warmRowStatus;         // rowCount
  const int *warmColumnStatus;      // columnCount
} CGLPKShims_Problem;

/// Solver settings.
typedef struct {
  int method;
  int presolve;
  /// GLPK message level (GLP_MSG_OFF=0 … GLP_MSG_ALL=3); text is captured, never printed.
  int messageLevel;
  /// Milliseconds; 0 or less for no limit.
  int timeLimitMilliseconds;
  /// Simplex iterations; 0 or less for no limit.
  int iterationLimit;
  /// Relative MIP gap at which branch-and-bound stops; 0 for GLPK's default.
  double mipRelativeGap;
} CGLPKShims_Options;

/// Results. The caller allocates every array at the problem's sizes.
typedef struct {
  /// Which algorithm produced the solution: 0 simplex, 1 interior point, 2 MIP.
  int solutionKind;
  /// Return code of the last glp_simplex / glp_interior / glp_intopt call.
  int returnCode;
  /// Return code of glp_simplex before the retry without presolve, or -1 if there was no retry.
  int presolveReturnCode;
  /// glp_get_status / glp_ipt_status / glp_mip_status.
  int status;
  /// glp_get_prim_stat and glp_get_dual_stat (simplex only; 0 otherwise).
  int primalStatus;
  int dualStatus;
  /// Return code of the LP relaxation's glp_simplex when solving a MIP; -1 otherwise.
  int relaxationReturnCode;
  int relaxationStatus;
  double objectiveValue;
  double *columnValue;     // columnCount
  double *columnDual;      // columnCount (reduced costs)
  double *rowValue;        // rowCount
  double *rowDual;         // rowCount
  int *rowStatus;          // rowCount (basis)
  int *columnStatus;       // columnCount (basis)
  /// 1 if a warm-start basis was supplied but GLPK rejected it and a fresh basis was built.
  int warmStartRejected;
  /// Simplex iterations used, as GLPK counts them (glp_get_it_cnt).
  int iterationCount;
} CGLPKShims_Result;

/// Builds, solves, reads and frees one problem inside one guarded frame.
///
/// GLPK's text (its terminal output and any fatal-error message) is appended to `log`, truncated to `logCapacity`
/// bytes including the terminating NUL. Returns one of CGLPKShims_ok, CGLPKShims_guardTripped,
/// CGLPKShims_badArguments.
int CGLPKShims_solve(const CGLPKShims_Problem *problem, const CGLPKShims_Options *options,
                     CGLPKShims_Result *result, char *log, size_t logCapacity);

/// Right-hand-side variants of one programme (LP or MIP): the same rows get new bounds in each variant. Arrays
/// indexed [variant * changedRowCount + k] hold the bounds of row changedRows[k] (0-based) in that variant.
typedef struct {
  int variantCount;
  int changedRowCount;
  const int *changedRows;
  const int *rowBoundKind;
  const double *rowLower;
  const double *rowUpper;
  /// NULL, or per variant the position k in changedRows of the one row the variant moves from the loaded
  /// problem's bounds (-1 for none). After an LP variant with such a row is solved to optimality, the range of that
  /// row's active bound over which its optimal basis stays primal feasible is found (glp_analyze_bound). A later
  /// variant moving the same row, when nothing was solved since and both its bound and the loaded problem's lie
  /// inside that range, is not solved: the basis is optimal for it too and its point moves linearly with the bound.
  /// Such a variant is reported with solutionKind 3 and no values. With a warm-start basis, the loaded problem is
  /// solved first from it; a variant moving a different row from the variant before it starts from that optimal
  /// basis and point, not from the previous variant's; and an LP variant whose moved bound lies inside the range of
  /// the current optimal basis gets its point along that basis (glp_eval_tab_col), with no simplex call. The LP
  /// variants are then solved on the columns in play: a column the loaded problem's optimum leaves non-basic at a
  /// lower bound of 0 with a positive reduced cost is left out, priced after each solve with its row duals and added
  /// when it would improve the objective (every column comes back when a restricted solve is not optimal). When the
  /// warm start is already optimal, the whole problem is never loaded into GLPK: the columns the warm start leaves
  /// non-basic at a lower bound of 0 are priced with the duals of the rest and left out from the start (the same
  /// basis, point and columns in play as loading them all would give).
  const int *movedRow;
  /// NULL, or asked (with `carriesOnContext`) before variant v is solved, when v moves the same row as variant
  /// `variant` = v - 1 and that one has values (solutionKind 0 or 2; its results are already written). Returning 0
  /// leaves v and the rest of that row's variants unsolved (solutionKind 4, no values). It must not call GLPK.
  int (*carriesOn)(void *carriesOnContext, int variant);
  void *carriesOnContext;
} CGLPKShims_Variants;

/// Per-variant results; the caller allocates every array (variantCount values; `columnValue`, variantCount arrays of
/// columnCount values each, so the caller can keep each variant's values without copying them).
typedef struct {
  /// Which algorithm produced the variant's solution, as in CGLPKShims_Result: 0 simplex (an LP, or a MIP whose
  /// relaxation was not optimal: the relaxation's outcome is reported), 2 MIP (glp_intopt), 3 not solved: inside
  /// the range of the previous optimal basis (see CGLPKShims_Variants.movedRow), 4 not solved: the caller no longer
  /// wanted its row's variants (see CGLPKShims_Variants.carriesOn).
  int *solutionKind;
  /// glp_simplex's return code (kind 0) or glp_intopt's (kind 2).
  int *returnCode;
  /// glp_get_status (kind 0) or glp_mip_status (kind 2).
  int *status;
  /// glp_get_prim_stat and glp_get_dual_stat of the (relaxed) LP.
  int *primalStatus;
  int *dualStatus;
  /// glp_get_obj_val / glp_get_col_prim (kind 0) or glp_mip_obj_val / glp_mip_col_val (kind 2).
  double *objectiveValue;
  double *const *columnValue;
  /// Simplex iterations of the (relaxed) LP in this variant, as CGLPKShims_solve counts them.
  int *iterationCount;
} CGLPKShims_VariantResults;

/// Solves the variants of one programme one after another inside one guarded frame: the problem is loaded once,
/// each variant changes only the given row bounds and its LP (for a MIP, the LP relaxation) is solved by the simplex
/// method from the previous variant's basis (the first from the problem's warm-start basis or with presolve, as
/// CGLPKShims_solve would). For a problem with integer columns, each variant whose relaxation is optimal is then
/// solved to MIP optimality: if the relaxation's optimum is already integral (glp_intopt's integrality tolerance,
/// integral bounds), it is the MIP optimum and is recorded as glp_intopt would record an integral root; otherwise
/// branch and bound runs (glp_intopt, its presolver off, with the options' time limit and MIP gap) as
/// CGLPKShims_solve runs it. glp_intopt restores the relaxation and its basis on exit, so the next variant starts
/// from this variant's relaxation basis. A variant that is infeasible does not affect later ones beyond
/// their starting basis. A row's variants the caller no longer wants (CGLPKShims_Variants.carriesOn) are skipped.
/// The problem is freed before returning, so no GLPK object outlives the call.
int CGLPKShims_solveVariants(const CGLPKShims_Problem *problem, const CGLPKShims_Options *options,
                             const CGLPKShims_Variants *variants, CGLPKShims_VariantResults *results, char *log,
                             size_t logCapacity);

/// The linked GLPK version (glp_version), for example "5.0".
const char *CGLPKShims_version(void);

/// GLPK's memory in use on the calling thread (glp_mem_usage; GLPK's environment is thread-local): the number of
/// blocks and bytes it has allocated and not freed. Between this thread's calls it should be zero.
void CGLPKShims_memoryInUse(int *blocks, size_t *bytes);

/// Test seam, compiled only in debug builds (CGLPKSHIMS_FATAL_ERROR_SEAM; a release build returns
/// CGLPKShims_badArguments and calls nothing): makes `kind` deliberately invalid GLPK calls inside the guard
/// (1 = glp_add_cols(lp, 0); 2 = glp_set_col_name with a tab; 3 = glp_set_obj_coef with an out-of-range column).
/// Used only by the guard tests, to prove that a fatal GLPK error does not kill the process.
int CGLPKShims_provokeFatalError(int kind, char *log, size_t logCapacity);

/// Test seam, debug builds only (as CGLPKShims_provokeFatalError): writes `lines` lines of text through GLPK, then
/// makes a fatal call, so tests can check that GLPK's closing message survives a full log.
int CGLPKShims_provokeLongLog(int lines, char *log, size_t logCapacity);

#ifdef __cplusplus
}
#endif

#endif
