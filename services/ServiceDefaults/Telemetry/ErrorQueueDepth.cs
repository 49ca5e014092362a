using System.Diagnostics.Metrics;
using Fulfillment.ServiceDefaults.Errors;
using Microsoft.Extensions.Logging;

namespace Fulfillment.ServiceDefaults.Telemetry;

/// <summary>Messages waiting in each of the service's error queues (O4), read from the broker every few seconds.</summary>
public sealed class ErrorQueueDepth(ErrorQueueBroker broker, ILogger<ErrorQueueDepth> logger)
    : PeriodicGauge(
        "fulfillment.error_queue.depth", "{message}", "Messages waiting in an error queue", TimeSpan.FromSeconds(10), logger)
{
    protected override async Task<IReadOnlyList<Measurement<long>>> MeasureAsync(CancellationToken cancellationToken)
    {
        var depths = await broker.DepthsAsync(cancellationToken);
        return [.. depths.Select(queue => new Measurement<long>(
            queue.Value, new KeyValuePair<string, object?>("queue", queue.Key)))];
    }
}
