using Npgsql;
using NpgsqlTypes;

namespace Fulfillment.SpApiSimulator.Persistence;

/// <summary>
/// The simulator's own database (<c>fulfillment_sp_api_simulator</c>): one table of JSON documents by kind and id.
/// Amazon's side is a handful of kinds read whole at start, so documents beat a schema per kind.
/// </summary>
public sealed class SimulatorStateDatabase(IConfiguration configuration) : IAsyncDisposable
{
    private const string Table = "sp_api_simulator.state";

    private readonly NpgsqlDataSource? _dataSource =
        configuration.GetConnectionString("Postgres") is { Length: > 0 } connectionString
            ? NpgsqlDataSource.Create(connectionString)
            : null;

    public bool IsConfigured => _dataSource is not null;

    public async Task<IReadOnlyList<(string Kind, string Id, string Json)>> LoadAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource!.OpenConnectionAsync(cancellationToken);
        await using (var create = new NpgsqlCommand(
            $"create schema if not exists sp_api_simulator; " +
            $"create table if not exists {Table} (kind text not null, id text not null, data jsonb not null, primary key (kind, id))",
            connection))
        {
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        var rows = new List<(string, string, string)>();
        await using var select = new NpgsqlCommand($"select kind, id, data::text from {Table}", connection);
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
        }

        return rows;
    }

    /// <summary>The writes in the order they were made, in one transaction.</summary>
    public async Task WriteAsync(IReadOnlyList<StateWrite> writes)
    {
        await using var connection = await _dataSource!.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using var batch = new NpgsqlBatch(connection, transaction);
        foreach (var write in writes)
        {
            switch (write)
            {
                case StateWrite.Upsert upsert:
                    batch.BatchCommands.Add(Command(
                        $"insert into {Table} (kind, id, data) values ($1, $2, $3) on conflict (kind, id) do update set data = excluded.data",
                        upsert.Kind, upsert.Id, upsert.Json));
                    break;
                case StateWrite.Remove remove:
                    batch.BatchCommands.Add(Command($"delete from {Table} where kind = $1 and id = $2", remove.Kind, remove.Id));
                    break;
                case StateWrite.RemoveAll removeAll:
                    batch.BatchCommands.Add(Command($"delete from {Table} where kind = $1", removeAll.Kind));
                    break;
            }
        }

        if (batch.BatchCommands.Count > 0)
        {
            await batch.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_dataSource is not null)
        {
            await _dataSource.DisposeAsync();
        }
    }

    private static NpgsqlBatchCommand Command(string sql, string kind, string? id = null, string? json = null)
    {
        var command = new NpgsqlBatchCommand(sql);
        command.Parameters.Add(new NpgsqlParameter { Value = kind });
        if (id is not null)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = id });
        }

        if (json is not null)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = json, NpgsqlDbType = NpgsqlDbType.Jsonb });
        }

        return command;
    }
}
