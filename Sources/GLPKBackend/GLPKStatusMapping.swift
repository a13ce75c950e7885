import CGLPK
import LinearProgramming

/// Maps GLPK's return codes and solution statuses to ``TerminationStatus`` and ``ResultStatus``, keeping GLPK's
/// own words in `rawStatus`.
///
/// Simplex (`glp_simplex`, then `glp_get_status`, `glp_get_prim_stat`, `glp_get_dual_stat`):
/// | GLPK | termination | primal | dual |
/// | --- | --- | --- | --- |
/// | 0 and `GLP_OPT` | optimal | feasible | feasible |
/// | 0 and `GLP_NOFEAS`, or primal status `GLP_NOFEAS` | infeasible | infeasible point | — |
/// | 0 and `GLP_UNBND`, or a feasible primal with dual status `GLP_NOFEAS` | unbounded | feasible | infeasible |
/// | `GLP_ENOPFS` (presolve, no retry) | infeasible | no solution | — |
/// | `GLP_ENODFS` (presolve, no retry) | infeasible or unbounded | no solution | — |
/// | `GLP_EITLIM` / `GLP_ETMLIM` | iteration / time limit | feasible where GLPK says so | — |
/// | `GLP_EBOUND` | invalid model | — | — |
/// | `GLP_EBADB`, `GLP_ESING`, `GLP_ECOND` | numerical error | — | — |
/// | anything else | other error | — | — |
///
/// Interior point (`glp_interior`, `glp_ipt_status`): 0 and `GLP_OPT` is optimal; 0 and `GLP_NOFEAS`, or
/// `GLP_ENOFEAS`, is infeasible or unbounded (the method cannot tell which: it reports `GLP_NOFEAS` for an
/// unbounded problem too); `GLP_ENOCVG`, `GLP_EINSTAB` numerical error; `GLP_EITLIM` iteration limit. An empty
/// problem (no rows or no columns), which `glp_interior` refuses, is solved by the simplex instead.
///
/// MIP (`glp_intopt`, `glp_mip_status`): 0 or `GLP_EMIPGAP` with `GLP_OPT` is optimal (within the gap asked for);
/// `GLP_NOFEAS` infeasible; `GLP_ETMLIM` time limit, with a feasible point if `GLP_FEAS`. An LP relaxation that is
/// not optimal is reported as its simplex outcome.
enum GLPKStatusMapping {
  struct Outcome: Equatable {
    var termination: TerminationStatus
    var primal: ResultStatus
    var dual: ResultStatus
    var rawStatus: String
  }

  static func simplex(returnCode: Int32, status: Int32, primalStatus: Int32, dualStatus: Int32) -> Outcome {
    let raw =
      "glp_simplex: \(returnCodeName(returnCode)); status \(statusName(status)); "
      + "primal \(statusName(primalStatus)); dual \(statusName(dualStatus))"
    switch returnCode {
    case 0:
      if status == GLP_OPT {
        return Outcome(termination: .optimal, primal: .feasiblePoint, dual: .feasiblePoint, rawStatus: raw)
      }
      if status == GLP_NOFEAS || primalStatus == GLP_NOFEAS {
        return Outcome(termination: .infeasible, primal: .infeasiblePoint, dual: .noSolution, rawStatus: raw)
      }
      if status == GLP_UNBND || (primalStatus == GLP_FEAS && dualStatus == GLP_NOFEAS) {
        return Outcome(termination: .dualInfeasible, primal: .feasiblePoint, dual: .infeasiblePoint, rawStatus: raw)
      }
      return Outcome(termination: .otherError, primal: .noSolution, dual: .noSolution, rawStatus: raw)
    case GLP_ENOPFS:
      return Outcome(termination: .infeasible, primal: .noSolution, dual: .noSolution, rawStatus: raw)
    case GLP_ENODFS:
      return Outcome(termination: .infeasibleOrUnbounded, primal: .noSolution, dual: .noSolution, rawStatus: raw)
    case GLP_EITLIM, GLP_ETMLIM:
      let primal: ResultStatus = primalStatus == GLP_FEAS ? .feasiblePoint : .noSolution
      return Outcome(
        termination: returnCode == GLP_EITLIM ? .iterationLimit : .timeLimit, primal: primal, dual: .noSolution,
        rawStatus: raw)
    case GLP_EBOUND:
      return Outcome(termination: .invalidModel, primal: .noSolution, dual: .noSolution, rawStatus: raw)
    case GLP_EBADB, GLP_ESING, GLP_ECOND:
      return Outcome(termination: .numericalError, primal: .noSolution, dual: .noSolution, rawStatus: raw)
    default:
      return Outcome(termination: .otherError, primal: .noSolution, dual: .noSolution, rawStatus: raw)
    }
  }

  static func interiorPoint(returnCode: Int32, status: Int32) -> Outcome {
    let raw = "glp_interior: \(returnCodeName(returnCode)); status \(statusName(status))"
    switch returnCode {
    case 0:
      if status == GLP_OPT {
        return Outcome(termination: .optimal, primal: .feasiblePoint, dual: .feasiblePoint, rawStatus: raw)
      }
      if status == GLP_NOFEAS {
        // glp_interior reports GLP_NOFEAS when the primal or the dual has no feasible point; it cannot tell which.
        return Outcome(termination: .infeasibleOrUnbounded, primal: .noSolution, dual: .noSolution, rawStatus: raw)
      }
      return Outcome(termination: .otherError, primal: .noSolution, dual: .noSolution, rawStatus: raw)
    case GLP_ENOFEAS:
      return Outcome(termination: .infeasibleOrUnbounded, primal: .noSolution, dual: .noSolution, rawStatus: raw)
    case GLP_EITLIM:
      return Outcome(termination: .iterationLimit, primal: .noSolution, dual: .noSolution, rawStatus: raw)
    case GLP_ENOCVG, GLP_EINSTAB:
      return Outcome(termination: .numericalError, primal: .noSolution, dual: .noSolution, rawStatus: raw)
    default:
      return Outcome(termination: .otherError, primal: .noSolution, dual: .noSolution, rawStatus: raw)
    }
  }

  static func mixedInteger(returnCode: Int32, status: Int32) -> Outcome {
    let raw = "glp_intopt: \(returnCodeName(returnCode)); status \(statusName(status))"
    let hasPoint = status == GLP_OPT || status == GLP_FEAS
    switch returnCode {
    case 0, GLP_EMIPGAP:
      if status == GLP_OPT || (returnCode == GLP_EMIPGAP && status == GLP_FEAS) {
        return Outcome(termination: .optimal, primal: .feasiblePoint, dual: .noSolution, rawStatus: raw)
      }
      if status == GLP_NOFEAS {
        return Outcome(termination: .infeasible, primal: .noSolution, dual: .noSolution, rawStatus: raw)
      }
      return Outcome(
        termination: .otherError, primal: hasPoint ? .feasiblePoint : .noSolution, dual: .noSolution, rawStatus: raw)
    case GLP_ENOPFS:
      return Outcome(termination: .infeasible, primal: .noSolution, dual: .noSolution, rawStatus: raw)
    case GLP_ENODFS:
      return Outcome(termination: .infeasibleOrUnbounded, primal: .noSolution, dual: .noSolution, rawStatus: raw)
    case GLP_ETMLIM:
      return Outcome(
        termination: .timeLimit, primal: hasPoint ? .feasiblePoint : .noSolution, dual: .noSolution, rawStatus: raw)
    case GLP_EBOUND:
      return Outcome(termination: .invalidModel, primal: .noSolution, dual: .noSolution, rawStatus: raw)
    default:
      return Outcome(
        termination: .otherError, primal: hasPoint ? .feasiblePoint : .noSolution, dual: .noSolution, rawStatus: raw)
    }
  }

  static func statusName(_ status: Int32) -> String {
    switch status {
    case GLP_UNDEF: "GLP_UNDEF"
    case GLP_FEAS: "GLP_FEAS"
    case GLP_INFEAS: "GLP_INFEAS"
    case GLP_NOFEAS: "GLP_NOFEAS"
    case GLP_OPT: "GLP_OPT"
    case GLP_UNBND: "GLP_UNBND"
    default: "status \(status)"
    }
  }

  static func returnCodeName(_ code: Int32) -> String {
    switch code {
    case 0: "0"
    case GLP_EBADB: "GLP_EBADB (invalid basis)"
    case GLP_ESING: "GLP_ESING (singular basis)"
    case GLP_ECOND: "GLP_ECOND (ill-conditioned basis)"
    case GLP_EBOUND: "GLP_EBOUND (incorrect bounds)"
    case GLP_EFAIL: "GLP_EFAIL (solver failure)"
    case GLP_EITLIM: "GLP_EITLIM (iteration limit)"
    case GLP_ETMLIM: "GLP_ETMLIM (time limit)"
    case GLP_ENOPFS: "GLP_ENOPFS (no primal feasible solution)"
    case GLP_ENODFS: "GLP_ENODFS (no dual feasible solution)"
    case GLP_EMIPGAP: "GLP_EMIPGAP (MIP gap reached)"
    case GLP_ENOFEAS: "GLP_ENOFEAS (no feasible solution)"
    case GLP_ENOCVG: "GLP_ENOCVG (no convergence)"
    case GLP_EINSTAB: "GLP_EINSTAB (numerical instability)"
    default: "code \(code)"
    }
  }
}
