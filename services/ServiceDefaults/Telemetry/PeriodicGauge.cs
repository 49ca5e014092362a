using System.Diagnostics.Metrics;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Fulfillment.ServiceDefaults.Telemetry;

/// <summary>
/// A gauge of the Fulfillment meter whose values need I/O to read: an observable gauge must answer without I/O, so
/// the values are read every <paramref name="interval"/> in the background and the gauge reports the last ones read.
/// A failed read keeps the previous values and is logged at Debug.
/// </summary>
public abstract class PeriodicGauge : BackgroundService
{
    private readonly TimeSpan _interval;
    private readonly ILogger _logger;
    private volatile IReadOnlyList<Measurement<long>> _latest = [];

    protected PeriodicGauge(string name, string unit, string description, TimeSpan interval, ILogger logger)
    {
        _interval = interval;
        _logger = logger;
        FulfillmentMetrics.Meter.CreateObservableGauge(name, () => _latest, unit, description);
    }

    protected abstract Task<IReadOnlyList<Measurement<long>>> MeasureAsync(CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                _latest = await MeasureAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                _logger.LogDebug(exception, "Reading the values of gauge {Gauge} failed", GetType().Name);
            }

            await Task.Delay(_interval, stoppingToken);
        }
    }
}
