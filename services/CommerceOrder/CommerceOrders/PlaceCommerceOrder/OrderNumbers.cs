using Npgsql;
using Weasel.Postgresql;

namespace Fulfillment.CommerceOrder.CommerceOrders.PlaceCommerceOrder;

/// <summary>
/// Commerce's increment numbers (S4): a PostgreSQL sequence, so numbers are unique across replicas. As in Commerce,
/// a number taken by a transaction that then fails is not reused: numbers may have gaps, never duplicates.
/// </summary>
public sealed class OrderNumbers(NpgsqlDataSource dataSource)
{
    public static readonly Sequence Sequence = new(new PostgresqlObjectName("commerce_order", "order_increment_number", Weasel.Postgresql.SchemaUtils.IdentifierUsage.General));

    public async Task<long> NextAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"select nextval('{Sequence.Identifier.QualifiedName}')");
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}
