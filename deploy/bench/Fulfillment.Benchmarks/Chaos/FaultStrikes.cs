using System.Globalization;

namespace Fulfillment.Benchmarks.Chaos;

/// <summary>
/// How often an Amazon fault armed <see cref="Armed"/> times on each operation has struck each, from what the
/// simulator's fault API still holds armed (a fault used up is no longer listed).
/// </summary>
public sealed record FaultStrikes(int Armed, IReadOnlyList<(string Operation, int Struck)> ByOperation)
{
    public static FaultStrikes From(
        IReadOnlyList<string> operations, int armed, IReadOnlyList<(string Operation, string Kind, int Remaining)> stillArmed) =>
        new(armed, [.. operations.Select(operation => (operation,
            armed - stillArmed.Where(fault => fault.Operation == operation).Sum(fault => fault.Remaining)))]);

    public int Total => ByOperation.Sum(operation => operation.Struck);

    public IReadOnlyList<string> NeverStruck => [.. ByOperation.Where(operation => operation.Struck == 0).Select(operation => operation.Operation)];

    /// <summary>
    /// The fault has done its work once every operation was struck at least once and the faults were used up or
    /// none was used for <paramref name="quietAfter"/> (the services stopped meeting it: a storm is over).
    /// </summary>
    public bool IsOver(TimeSpan quietFor, TimeSpan quietAfter) =>
        NeverStruck.Count == 0 && (ByOperation.All(operation => operation.Struck >= Armed) || quietFor >= quietAfter);

    public string Describe() =>
        "struck " + string.Join(", ", ByOperation.Select(operation => string.Create(CultureInfo.InvariantCulture, $"{operation.Operation} {operation.Struck}"))) +
        (NeverStruck.Count > 0 ? $"; NEVER STRUCK: {string.Join(", ", NeverStruck)}" : "");
}
