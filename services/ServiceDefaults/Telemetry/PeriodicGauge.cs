using System.Diagnostics.Metrics;
using Fulfillment.ServiceDefaults.Workers;
using Microsoft.Extensions.Logging;

namespace Fulfillment.ServiceDefaults.Telemetry;

/// <summary>
/// A gauge of the Fulfillment meter whose values need I/O to read: an observable gauge must answer without I/O, so
/// the values are read every <paramref name="interval"/> in the background and the gauge reports the last ones read.
/// A failed read keeps the previous values, is logged and tried again after a growing pause; it does not make the
/// service unhealthy (the checks of the database and the broker say that).
/// </summary>
public abstract class PeriodicGauge : ResilientWorker
{
    private readonly TimeSpan _interval;
    private volatile IReadOnlyList<Measurement<long>> _latest = [];

    protected PeriodicGauge(string name, string unit, string description, TimeSpan interval, ILogger logger)
        : base(health: null, logger)
    {
        _interval = interval;
        FulfillmentMetrics.Meter.CreateObservableGauge(name, () => _latest, unit, description);
    }

    protected abstract Task<IReadOnlyList<Measurement<long>>> MeasureAsync(CancellationToken cancellationToken);

    protected override async Task RunRoundAsync(CancellationToken stoppingToken) => _latest = await MeasureAsync(stoppingToken);

    protected override Task WaitForNextRoundAsync(CancellationToken stoppingToken) => Task.Delay(_interval, stoppingToken);
}
