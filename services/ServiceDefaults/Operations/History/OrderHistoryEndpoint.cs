using System.Text.Json;
using Fulfillment.ServiceDefaults.Security;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Npgsql;

namespace Fulfillment.ServiceDefaults.Operations.History;

public static class OrderHistoryEndpoint
{
    public static RouteGroupBuilder MapOrderHistory(this RouteGroupBuilder admin)
    {
        admin.MapGet("/history/orders/{amazonOrderId}", GetAsync).RequireAuthorization(Permissions.ReadOrders);
        return admin;
    }

    /// <summary>
    /// The order's own stream plus every other stream's events that name the order (product, customer and shipment
    /// streams), read straight from the events table so that no aggregate type needs to be known.
    /// </summary>
    private static async Task<Ok<List<OrderHistoryEntry>>> GetAsync(
        string amazonOrderId, IDocumentStore store, NpgsqlDataSource dataSource, ServiceIdentity service,
        CancellationToken cancellationToken)
    {
        var events = $"{store.Options.Events.DatabaseSchemaName}.mt_events";
        await using var command = dataSource.CreateCommand(
            $"""
             select stream_id, version, seq_id, type, timestamp, causation_id, correlation_id, data::text,
                    headers ->> 'actor'
             from {events}
             where stream_id = $1 or data ->> 'AmazonOrderId' = $1
             order by timestamp, seq_id
             """);
        command.Parameters.AddWithValue(amazonOrderId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var entries = new List<OrderHistoryEntry>();
        while (await reader.ReadAsync(cancellationToken))
        {
            using var document = JsonDocument.Parse(reader.GetString(7));
            var data = document.RootElement.Clone();
            entries.Add(new OrderHistoryEntry(
                service.Name,
                reader.GetString(0),
                reader.GetInt64(1),
                reader.GetInt64(2),
                reader.GetString(3),
                reader.GetFieldValue<DateTimeOffset>(4),
                reader.IsDBNull(5) ? null : reader.GetString(5),
                reader.IsDBNull(6) ? null : reader.GetString(6),
                OrderHistoryEntry.SettingsVersionOf(data),
                data,
                reader.IsDBNull(8) ? null : reader.GetString(8)));
        }

        return TypedResults.Ok(entries);
    }
}
