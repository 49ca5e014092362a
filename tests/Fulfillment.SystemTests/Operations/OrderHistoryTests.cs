using System.Text.Json;
using Fulfillment.SystemTests.CommerceSide;
using Fulfillment.SystemTests.Infrastructure;
using MassTransit;
using Npgsql;

namespace Fulfillment.SystemTests.Operations;

/// <summary>O2: every service answers the events of an Amazon order, with what caused them, for the timeline.</summary>
public sealed class OrderHistoryTests
{
    [Test]
    public async Task Given_a_published_OrderUnshipped_When_CommerceOrder_placed_it_Then_its_history_names_the_message_as_cause()
    {
        var messageId = NewId.NextGuid();

        var order = await OperationsSystem.PlaceCommerceOrderAsync(messageId);

        var history = (await OperationsSystem.HistoryAsync(FulfillmentService.CommerceOrder, order.AmazonOrderId))
            .EnumerateArray().ToList();

        var orderStream = history.Where(entry => entry.GetProperty("streamKey").GetString() == order.AmazonOrderId).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(history.Select(entry => entry.GetProperty("service").GetString()), Is.All.EqualTo("CommerceOrder"));
            Assert.That(orderStream, Is.Not.Empty);
            Assert.That(orderStream[0].GetProperty("version").GetInt64(), Is.EqualTo(1));
            Assert.That(orderStream[0].GetProperty("causationId").GetString(), Is.EqualTo(messageId.ToString()));
            Assert.That(orderStream[0].GetProperty("settingsVersion").GetInt32(), Is.EqualTo(VerifiedOrders.DefaultSettings.Version));
            Assert.That(orderStream[0].GetProperty("data").GetProperty("AmazonOrderId").GetString(), Is.EqualTo(order.AmazonOrderId));
            Assert.That(history.Select(TimelineOrder), Is.Ordered, "by timestamp then sequence");
            Assert.That(history.Select(entry => entry.GetProperty("eventType").GetString()), Has.None.Null);
            Assert.That(history.Where(entry => entry.GetProperty("streamKey").GetString() == order.Sku), Is.Not.Empty,
                "the product stream's events that name the order");
        });
    }

    [Test]
    public async Task Given_a_running_service_Then_other_streams_events_that_name_an_order_are_found_by_index_not_by_reading_every_event()
    {
        await using var connection = new NpgsqlConnection(OperationsSystem.Running.DatabaseOf(FulfillmentService.CommerceOrder).ConnectionString);
        await connection.OpenAsync();

        // Built in the background after the start, so the first look may come before it is there.
        await Eventually.GetAsync(
            async () => await ScalarAsync(connection, "select indisvalid from pg_index where indexrelid = 'commerce_order.mt_events_amazon_order_id'::regclass") as bool? == true
                ? "valid"
                : null,
            TimeSpan.FromSeconds(30), "the order history index");
        await ScalarAsync(connection, "set enable_seqscan = off");
        await using var explain = new NpgsqlCommand(
            "explain select seq_id from commerce_order.mt_events where stream_id = 'X' or data ->> 'AmazonOrderId' = 'X'", connection);
        await using var reader = await explain.ExecuteReaderAsync();
        var plan = new List<string>();
        while (await reader.ReadAsync())
        {
            plan.Add(reader.GetString(0));
        }

        Assert.That(string.Join(Environment.NewLine, plan), Does.Contain("mt_events_amazon_order_id"));
    }

    private static async Task<object?> ScalarAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        try
        {
            return await command.ExecuteScalarAsync();
        }
        catch (PostgresException exception) when (exception.SqlState == PostgresErrorCodes.UndefinedTable)
        {
            return null;
        }
    }

    private static string TimelineOrder(JsonElement entry) =>
        $"{entry.GetProperty("timestamp").GetDateTimeOffset().UtcTicks:D20}-{entry.GetProperty("sequence").GetInt64():D20}";
}
