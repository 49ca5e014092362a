using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Fulfillment.SystemTests.Infrastructure;
using Npgsql;
using RabbitMQ.Client;

namespace Fulfillment.SystemTests.Security;

/// <summary>Everything a service keeps, as text to scan: every row of every table of its database, every queued message.</summary>
public static class StoredText
{
    /// <summary>Every row of every table outside PostgreSQL's own schemas, one text per table.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> DatabaseAsync(TestDatabase database)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand(
            """
            select quote_ident(table_schema) || '.' || quote_ident(table_name) from information_schema.tables
            where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')
            """, connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var texts = new Dictionary<string, string>();
        foreach (var table in tables)
        {
            await using var rows = new NpgsqlCommand($"select coalesce(string_agg(t::text, E'\\n'), '') from {table} t", connection);
            texts[$"{database.Name} {table}"] = (string)(await rows.ExecuteScalarAsync())!;
        }

        return texts;
    }

    /// <summary>
    /// Every message waiting in every queue of the virtual host, headers and body, read without taking any: each is
    /// given back when the channel closes.
    /// </summary>
    public static async Task<IReadOnlyDictionary<string, string>> QueuesAsync(string virtualHost)
    {
        using var management = new HttpClient { BaseAddress = new Uri($"http://{TestInfrastructure.RabbitMqHost}:{TestInfrastructure.RabbitMqManagementPort}/") };
        management.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(
            Encoding.UTF8.GetBytes($"{TestInfrastructure.RabbitMqUsername}:{TestInfrastructure.RabbitMqPassword}")));
        var queues = await management.GetFromJsonAsync<JsonElement>($"api/queues/{Uri.EscapeDataString(virtualHost)}?columns=name");
        var texts = new Dictionary<string, string>();
        await using var connection = await QueueProbe.ConnectAsync(virtualHost);
        foreach (var queue in queues.EnumerateArray().Select(entry => entry.GetProperty("name").GetString()!))
        {
            await using var channel = await connection.CreateChannelAsync();
            var text = new StringBuilder();
            while (await channel.BasicGetAsync(queue, autoAck: false) is { } delivery)
            {
                foreach (var (key, value) in delivery.BasicProperties.Headers ?? new Dictionary<string, object?>())
                {
                    text.Append(key).Append('=').Append(value is byte[] bytes ? Encoding.UTF8.GetString(bytes) : value).AppendLine();
                }

                text.AppendLine(Encoding.UTF8.GetString(delivery.Body.Span));
            }

            texts[$"queue {queue}"] = text.ToString();
        }

        return texts;
    }
}
