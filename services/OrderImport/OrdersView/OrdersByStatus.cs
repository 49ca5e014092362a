using System.Diagnostics.Metrics;
using Fulfillment.ServiceDefaults.Telemetry;
using Marten;
using Npgsql;

namespace Fulfillment.OrderImport.OrdersView;

/// <summary>
/// The orders view counted by store and channel status (V2), read every few seconds: an observable gauge must answer
/// without I/O. Exactly what the orders grid lists, so the gauge and the grid never disagree.
/// </summary>
public sealed class OrdersByStatus(NpgsqlDataSource dataSource, IDocumentStore store, ILogger<OrdersByStatus> logger)
    : PeriodicGauge("fulfillment.orders", "{order}", "Amazon orders by store and channel status", TimeSpan.FromSeconds(5), logger)
{
    private readonly string _table = store.Options.FindOrResolveDocumentType(typeof(OrderSummary)).TableName.QualifiedName;

    protected override async Task<IReadOnlyList<Measurement<long>>> MeasureAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
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
