using System.Globalization;
using System.Text;
using Fulfillment.Benchmarks.Workflow;

namespace Fulfillment.Benchmarks.Chaos;

/// <summary>
/// The fault suite's verdict. Each order counts once, by its worst problem: <c>duplicated</c> (a fact there twice: a
/// second Commerce order, a package confirmed twice), else <c>lost</c> (a fact still missing when nothing had moved
/// for the stall limit: never imported, no Commerce order, a package never confirmed), else <c>stuck</c> (every fact
/// there once, but a status not the one promised, e.g. <c>Error</c> or <c>Shipped</c> instead of <c>Completed</c>).
/// </summary>
public sealed record ChaosResult(
    DateTimeOffset StartedAt,
    string Conditions,
    int Orders,
    int Done,
    double WorkflowSeconds,
    IReadOnlyList<FaultRecord> Faults,
    int Lost,
    int Duplicated,
    int Stuck,
    IReadOnlyList<StockProblem> Stock,
    IReadOnlyDictionary<string, long> OperatorMessages,
    long DriverRepeats,
    int DriverFailedReads,
    IReadOnlyList<string> ShipFailures,
    IReadOnlyList<string> CancelFailures,
    IReadOnlyList<OrderProblem> Problems)
{
    public long MessagesNeedingOperator => OperatorMessages.Values.Sum();

    /// <summary>Each Amazon fault with the operations it was armed on and never struck.</summary>
    public IReadOnlyList<string> NeverStruck =>
        [.. Faults.Where(fault => fault.NeverStruck.Count > 0).Select(fault => $"{fault.Fault}: {string.Join(", ", fault.NeverStruck)}")];

    /// <summary>Nothing lost, doubled or stuck, no stock wrong, no operator needed: the system's verdict.</summary>
    public bool Passed => Lost == 0 && Duplicated == 0 && Stuck == 0 && Stock.Count == 0 && MessagesNeedingOperator == 0;

    /// <summary>
    /// Whether every Amazon fault struck every operation the services call. Not part of the system's verdict: after a
    /// lost answer the services deliberately call less (a cancel whose <c>createFeed</c> answer was lost is looked up,
    /// never followed by <c>getFeed</c>), so some pairs can go unstruck in a run; the run says which, as untested.
    /// </summary>
    public bool StruckEveryOperation => NeverStruck.Count == 0;

    public static (int Lost, int Duplicated, int Stuck) Classify(IReadOnlyList<OrderProblem> problems)
    {
        var byOrder = problems.GroupBy(problem => problem.Order).Select(group => group.Select(problem => problem.Problem).ToHashSet()).ToList();
        var duplicated = byOrder.Count(kinds => kinds.Contains(ProblemKind.Doubled));
        var lost = byOrder.Count(kinds => !kinds.Contains(ProblemKind.Doubled) && kinds.Contains(ProblemKind.Missing));
        var stuck = byOrder.Count(kinds => kinds.All(kind => kind == ProblemKind.WrongState));
        return (lost, duplicated, stuck);
    }

    public string Render()
    {
        var table = new StringBuilder();
        string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
        table.AppendLine(F($"Fulfillment fault suite, {StartedAt:yyyy-MM-dd HH:mm:ss}Z: {Orders} orders, {Conditions}"));
        table.AppendLine(F($"  {"fault",-38} {"at",7} {"lasted",8} {"caught up after",16}  what happened"));
        foreach (var fault in Faults)
        {
            var caughtUp = fault.CaughtUpAfter is { } seconds ? F($"{seconds:0.0} s") : F($"NO ({fault.OpenAtLimit} open)");
            table.AppendLine(F($"  {fault.Fault,-38} {Clock(fault.At),7} {fault.Lasted,6:0.0} s {caughtUp,16}  {fault.Note}"));
        }

        table.AppendLine(F($"  {"orders",-38} {Orders} ({Done} reached their end, in {WorkflowSeconds:0} s)"));
        table.AppendLine(F($"  {"lost",-38} {Lost}"));
        table.AppendLine(F($"  {"duplicated",-38} {Duplicated}"));
        table.AppendLine(F($"  {"stuck",-38} {Stuck}"));
        table.AppendLine(F($"  {"SKUs with wrong stock",-38} {Stock.Count}"));
        table.AppendLine(F($"  {"messages that needed an operator",-38} {MessagesNeedingOperator}{(OperatorMessages.Count > 0 ? " (" + string.Join(", ", OperatorMessages.Select(queue => $"{queue.Key} {queue.Value}")) + ")" : "")}"));
        table.AppendLine(F($"  {"Amazon operations never struck",-38} {(NeverStruck.Count == 0 ? "0" : string.Join("; ", NeverStruck))}"));
        table.AppendLine(F($"  {"driver: requests/reads sent again",-38} {DriverRepeats} (failed reads {DriverFailedReads}, ship requests given up {ShipFailures.Count}, seller cancels given up {CancelFailures.Count})"));
        foreach (var failure in ShipFailures.Concat(CancelFailures).Take(5))
        {
            table.AppendLine(F($"  driver   {failure}"));
        }
        foreach (var problem in Problems.Take(15))
        {
            table.AppendLine(F($"  problem  {problem}"));
        }

        if (Problems.Count > 15)
        {
            table.AppendLine(F($"  ... {Problems.Count - 15} more problems in the result file"));
        }

        foreach (var stock in Stock.Take(5))
        {
            table.AppendLine(F($"  stock    {stock}"));
        }

        table.AppendLine(!Passed ? "FAILED"
            : StruckEveryOperation ? "PASSED: nothing lost, doubled or stuck; every Amazon fault struck every operation"
            : "PASSED: nothing lost, doubled or stuck; untested in this run: the operations an Amazon fault never struck (above)");
        return table.ToString();
    }

    private static string Clock(double seconds) => TimeSpan.FromSeconds(seconds).ToString(@"mm\:ss", CultureInfo.InvariantCulture);
}
