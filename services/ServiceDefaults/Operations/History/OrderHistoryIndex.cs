using Fulfillment.ServiceDefaults.Workers;
using Marten;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Fulfillment.ServiceDefaults.Operations.History;

/// <summary>
/// The index behind an order's history: events of other streams (products, customers, shipments) name the order in
/// their <c>AmazonOrderId</c> field, and without an index finding them reads every event of the store. Built in the
/// background and concurrently, so that neither the service's start nor the appends wait for it on a large store;
/// Marten is told to leave it alone (<see cref="Name"/> is ignored by its schema migration). A failed build (the
/// database down, another replica building it at the same moment) is tried again; meanwhile the history answers
/// without the index, slower, so the service is not reported unhealthy for it.
/// </summary>
public sealed class OrderHistoryIndex(
    IDocumentStore store, NpgsqlDataSource dataSource, IHostApplicationLifetime lifetime, ILogger<OrderHistoryIndex> logger)
    : ResilientWorker(health: null, logger)
{
    public const string Name = "mt_events_amazon_order_id";

    protected override async Task RunRoundAsync(CancellationToken stoppingToken)
    {
        Finish();
        var schema = store.Options.Events.DatabaseSchemaName;
        // Once the service has started, Marten has created the events table.
        await WhenStartedAsync(stoppingToken);
        var valid = await IsValidAsync(schema, stoppingToken);
        if (valid == true)
        {
            return;
        }

        if (valid == false)
        {
            // A concurrent build that was interrupted leaves an invalid index behind: start again.
            await ExecuteAsync($"drop index concurrently if exists {schema}.{Name}", stoppingToken);
        }

        await ExecuteAsync(
            $"create index concurrently if not exists {Name} on {schema}.mt_events ((data ->> 'AmazonOrderId'))",
            stoppingToken);
        logger.LogInformation("Built the order history index of {Schema}.mt_events", schema);
    }

    protected override Task WaitForNextRoundAsync(CancellationToken stoppingToken) => Task.CompletedTask;

    private Task WhenStartedAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        return started.Task.WaitAsync(stoppingToken);
    }

    private async Task<bool?> IsValidAsync(string schema, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            """
            select i.indisvalid
            from pg_index i
            join pg_class c on c.oid = i.indexrelid
            join pg_namespace n on n.oid = c.relnamespace
            where n.nspname = $1 and c.relname = $2
            """);
        command.Parameters.AddWithValue(schema);
        command.Parameters.AddWithValue(Name);
        return await command.ExecuteScalarAsync(cancellationToken) as bool?;
    }

    private async Task ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(sql);
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
