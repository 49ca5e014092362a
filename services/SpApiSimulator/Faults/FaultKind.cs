namespace Fulfillment.SpApiSimulator.Faults;

/// <summary>What an injected fault does to the next requests of an operation.</summary>
public enum FaultKind
{
    /// <summary>429 <c>QuotaExceeded</c>, as if the usage plan had run dry.</summary>
    Throttle,

    /// <summary>500 <c>InternalFailure</c>.</summary>
    InternalError,

    /// <summary>503 <c>ServiceUnavailable</c>.</summary>
    ServiceUnavailable,

    /// <summary>The right answer, late by the fault's delay.</summary>
    Delay,

    /// <summary>
    /// 200 with a body cut short, as a broken gateway answers: the client must treat a success it cannot read as a
    /// failure of that request, not as an empty answer.
    /// </summary>
    Malformed,

    /// <summary>
    /// The operation runs (a <c>confirmShipment</c> is recorded), then its answer leaves late by the fault's delay: a
    /// client whose timeout is shorter never sees it, though Amazon acted.
    /// </summary>
    LateAnswer,

    /// <summary>The operation runs, then the connection is dropped without an answer.</summary>
    ConnectionLost,

    /// <summary>
    /// 400 <c>InvalidInput</c> without acting, as Amazon refuses a request it will never accept as sent: the client
    /// must not retry it by itself, and an operator's retry after the fault is used up succeeds.
    /// </summary>
    Rejected,
}
