using System.Collections.Concurrent;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Fulfillment.ServiceDefaults.Workers;

/// <summary>
/// What the background work of this process is failing at right now (a worker's round, one store's poll), for
/// <c>/health</c>: the check <see cref="CheckName"/> is unhealthy and names each failing part while any fails, and
/// healthy again once each has succeeded. Only the exception's type and message are shown, never a stack. The time
/// is the machine's, not a service's <see cref="TimeProvider"/> (the simulator's clock can be moved).
/// </summary>
public sealed class WorkerHealth : IHealthCheck
{
    public const string CheckName = "background-work";
    private const int LongestMessage = 200;

    private readonly ConcurrentDictionary<string, string> _failing = new(StringComparer.Ordinal);

    public void Failing(string part, Exception exception)
    {
        var message = exception.Message.Length > LongestMessage ? exception.Message[..LongestMessage] + "…" : exception.Message;
        var description = $"{part}: {exception.GetType().Name}: {message}";
        _failing.AddOrUpdate(part, _ => $"{description} (since {DateTimeOffset.UtcNow:u})",
            (_, previous) => previous.StartsWith(description, StringComparison.Ordinal) ? previous : $"{description} (since {DateTimeOffset.UtcNow:u})");
    }

    public void Recovered(string part) => _failing.TryRemove(part, out _);

    public IReadOnlyCollection<string> FailingParts => _failing.Keys.ToList();

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(_failing.IsEmpty
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy(string.Join("; ", _failing.Values.Order(StringComparer.Ordinal))));
}
