using Marten;
using Weasel.Postgresql;

namespace Fulfillment.CustomerProvisioning.Customers;

/// <summary>
/// Commerce-like numeric customer ids ("17") from a PostgreSQL sequence created with the service's schema. An id
/// taken by a creation that then loses a race is not reused: ids have gaps, as Commerce's do.
/// </summary>
public static class CustomerIdSequence
{
    private const string Name = "customer_ids";

    public static void AddCustomerIdSequence(this StoreOptions options) =>
        options.Storage.ExtendedSchemaObjects.Add(new Sequence(new PostgresqlObjectName(options.DatabaseSchemaName, Name, SchemaUtils.IdentifierUsage.General)));

    public static async Task<string> NextAsync(IDocumentSession session, CancellationToken cancellationToken)
    {
        var next = await session.AdvancedSql.QueryAsync<long>(
            $"select nextval('{session.DocumentStore.Options.DatabaseSchemaName}.{Name}')", cancellationToken);
        return next.Single().ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
