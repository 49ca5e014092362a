using System.Diagnostics.Metrics;
using Fulfillment.ServiceDefaults.Telemetry;
using Marten;
using Npgsql;

namespace Fulfillment.OrderImport.OrdersView;

/// <summary>
/// The orders view counted by store and channel status (V2), read every few seconds: an observable gauge must answer
/// without I/O. Exactly what the orders grid lists, so the gauge and the grid never disagree.
/// </summary>
public sealed class OrdersByStatus : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    private readonly NpgsqlDataSource _dataSource;
    private readonly string _table;
    private readonly ILogger<OrdersByStatus> _logger;
    private volatile IReadOnlyList<Measurement<long>> _latest = [];

    public OrdersByStatus(NpgsqlDataSource dataSource, IDocumentStore store, ILogger<OrdersByStatus> logger)
    {
        _dataSource = dataSource;
        _table = store.Options.FindOrResolveDocumentType(typeof(OrderSummary)).TableName.QualifiedName;
        _logger = logger;
        FulfillmentMetrics.Meter.CreateObservableGauge(
            "fulfillment.orders", () => _latest, "{order}", "Amazon orders by store and channel status");
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                _latest = await CountAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                _logger.LogDebug(exception, "Counting the orders by status failed");
            }

            await Task.Delay(Interval, stoppingToken);
        }
    }

    private async Task<IReadOnlyList<Measurement<long>>> CountAsync(CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand(
            $"select data ->> 'StoreId', data ->> 'ChannelStatus', count(*) from {_table} group by 1, 2");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var counts = new List<Measurement<long>>();
        while (await reader.ReadAsync(cancellationToken))
        {
            counts.Add(new Measurement<long>(
                reader.GetInt64(2),
                new KeyValuePair<string, object?>("store", reader.GetString(0)),
                new KeyValuePair<string, object?>("status", reader.GetString(1))));
        }

        return counts;
    }
}
