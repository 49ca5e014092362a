using Fulfillment.OrderImport;
using Fulfillment.ServiceDefaults.EventStore;
using Marten;
using Npgsql;

namespace Fulfillment.Benchmarks.Replay;

/// <summary>
/// A database of its own for the replay, beside the live ones on the same server, created afresh each run with
/// OrderImport's own Marten store configuration, so nothing of the running system is touched; dropped again once the
/// figures are taken, unless the check failed.
/// </summary>
public static class ReplayDatabase
{
    public const string Name = "fulfillment_replay_bench";

    public static async Task<DocumentStore> RecreateAsync(BenchSettings settings, CancellationToken cancellationToken)
    {
        await DropAsync(settings, cancellationToken);
        await ExecuteAsync(settings, $"CREATE DATABASE {Name}", cancellationToken);

        var options = new StoreOptions();
        options.Connection(settings.Database(Name));
        FulfillmentStoreOptions.Apply(options);
        OrderImportStore.Configure(options);
        var store = new DocumentStore(options);
        await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        return store;
    }

    /// <summary>A million events take a gigabyte or so: gone once the figures are taken.</summary>
    public static Task DropAsync(BenchSettings settings, CancellationToken cancellationToken) =>
        ExecuteAsync(settings, $"DROP DATABASE IF EXISTS {Name} WITH (FORCE)", cancellationToken);

    private static async Task ExecuteAsync(BenchSettings settings, string sql, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(settings.Database("postgres"));
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
