using Fulfillment.OrderImport;
using Fulfillment.ServiceDefaults.EventStore;
using Marten;
using Npgsql;

namespace Fulfillment.Benchmarks.Replay;

/// <summary>
/// A database of its own for the replay, beside the live ones on the same server, dropped and created again each
/// run, with OrderImport's own Marten store configuration, so nothing of the running system is touched.
/// </summary>
public static class ReplayDatabase
{
    public const string Name = "fulfillment_replay_bench";

    public static async Task<DocumentStore> RecreateAsync(BenchSettings settings, CancellationToken cancellationToken)
    {
        await using (var connection = new NpgsqlConnection(settings.Database("postgres")))
        {
            await connection.OpenAsync(cancellationToken);
            foreach (var sql in new[] { $"DROP DATABASE IF EXISTS {Name} WITH (FORCE)", $"CREATE DATABASE {Name}" })
            {
                await using var command = new NpgsqlCommand(sql, connection);
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        var options = new StoreOptions();
        options.Connection(settings.Database(Name));
        FulfillmentStoreOptions.Apply(options);
        OrderImportStore.Configure(options);
        var store = new DocumentStore(options);
        await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        return store;
    }
}
