using Fulfillment.SystemTests.FirstSlice;
using Fulfillment.SystemTests.Infrastructure;
using Npgsql;

namespace Fulfillment.SystemTests.Operations;

/// <summary>O3 rebuild: a projection replayed from the events gives exactly the documents it had.</summary>
public sealed class ProjectionRebuildTests
{
    private const int Orders = 250;

    [Test]
    public async Task Given_a_few_hundred_order_events_and_the_view_emptied_When_rebuilt_Then_every_row_is_back_field_by_field()
    {
        var ids = Enumerable.Range(0, Orders).Select(_ => AmazonOrderRequests.NewAmazonOrderId()).ToList();
        foreach (var chunk in ids.Chunk(8))
        {
            await Task.WhenAll(chunk.Select(OperationsSystem.RecordPendingAsync));
        }

        var projections = await OperationsSystem.ReadAsync(FulfillmentService.OrderImport, "admin/projections");
        var before = await OrderSummaryRowsAsync();

        var ordersView = projections.EnumerateArray()
            .Select(projection => projection.GetProperty("name").GetString()!)
            .FirstOrDefault(name => name.StartsWith("OrderSummary", StringComparison.Ordinal));
        Assert.That(ordersView, Is.Not.Null, projections.ToString());

        // Without its rows, the view can only come back from the events: a rebuild that did nothing would fail.
        await ExecuteAsync("delete from order_import.mt_doc_ordersummary");

        var rebuilt = await OperationsSystem.ActAsync(FulfillmentService.OrderImport, $"admin/projections/{ordersView}/rebuild");

        var after = await OrderSummaryRowsAsync();
        Assert.Multiple(() =>
        {
            Assert.That(rebuilt.GetProperty("events").GetInt64(), Is.GreaterThanOrEqualTo(Orders));
            Assert.That(rebuilt.GetProperty("seconds").GetDouble(), Is.GreaterThan(0));
            Assert.That(before, Has.Count.GreaterThanOrEqualTo(Orders));
            Assert.That(after, Is.EqualTo(before), "every row, field by field");
        });
    }

    private static async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(OperationsSystem.Running.DatabaseOf(FulfillmentService.OrderImport).ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>The orders view's documents as stored (the JSON of every row, by order id).</summary>
    private static async Task<Dictionary<string, string>> OrderSummaryRowsAsync()
    {
        await using var connection = new NpgsqlConnection(OperationsSystem.Running.DatabaseOf(FulfillmentService.OrderImport).ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select id, data::text from order_import.mt_doc_ordersummary", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new Dictionary<string, string>();
        while (await reader.ReadAsync())
        {
            rows[reader.GetString(0)] = reader.GetString(1);
        }

        return rows;
    }
}
