using System.Diagnostics.Metrics;
using Fulfillment.ServiceDefaults.Errors;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Fulfillment.ServiceDefaults.Telemetry;

/// <summary>Messages waiting in each of the service's error queues (O4), read from the broker every few seconds.</summary>
public sealed class ErrorQueueDepth : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(10);

    private readonly ErrorQueueBroker _broker;
    private readonly ILogger<ErrorQueueDepth> _logger;
    private volatile IReadOnlyList<Measurement<long>> _latest = [];

    public ErrorQueueDepth(ErrorQueueBroker broker, ILogger<ErrorQueueDepth> logger)
    {
        _broker = broker;
        _logger = logger;
        FulfillmentMetrics.Meter.CreateObservableGauge(
            "fulfillment.error_queue.depth", () => _latest, "{message}", "Messages waiting in an error queue");
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var depths = await _broker.DepthsAsync(stoppingToken);
                _latest = [.. depths.Select(queue => new Measurement<long>(
                    queue.Value, new KeyValuePair<string, object?>("queue", queue.Key)))];
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                _logger.LogDebug(exception, "Reading the error queues' depth failed");
            }

            await Task.Delay(Interval, stoppingToken);
        }
    }
}
