using Fulfillment.SystemTests.Infrastructure.Identity;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Fulfillment.SystemTests.Infrastructure;
using Fulfillment.SystemTests.Polling;
using Fulfillment.SystemTests.Stores;
using Fulfillment.SystemTests.Workflow;
using Npgsql;

namespace Fulfillment.SystemTests.Replay;

/// <summary>
/// O3 at scale: on a store whose orders went through the whole workflow (imported, blocked and released, placed in
/// Commerce, shipped, confirmed at Amazon, canceled by the buyer or by the seller, backfilled) and left thousands of
/// events, every read model of every service
/// is emptied and rebuilt from the events, and comes back as it was, document by document and field by field.
/// </summary>
[NonParallelizable]
public sealed class EveryReadModelRebuildTests()
    : WorkflowTest(FulfillmentService.CommerceOrder, FulfillmentService.CustomerProvisioning, FulfillmentService.TrackingSync)
{
    private const int MerchantOrders = 150;
    private const int AmazonFulfilledOrders = 40;
    private const int BlockedOrders = 10;
    private const int CanceledOrders = 10;
    private const int SellerCanceledOrders = 5;
    private const int MinimumEvents = 2_000;
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(5);

    private static readonly FulfillmentService[] ServicesWithReadModels =
    [
        FulfillmentService.OrderImport, FulfillmentService.CommerceOrder,
        FulfillmentService.CustomerProvisioning, FulfillmentService.TrackingSync,
    ];

    [Test]
    public async Task Given_thousands_of_events_across_the_workflow_When_every_read_model_is_rebuilt_Then_every_view_is_the_same_field_by_field()
    {
        var shippedOrders = await RunTheWorkflowAsync();
        var events = await QuietEventCountAsync();
        TestContext.Out.WriteLine($"{events} events in the four services' stores, {shippedOrders} orders shipped and confirmed");
        Assert.That(events, Is.GreaterThanOrEqualTo(MinimumEvents), "a store with thousands of events");

        foreach (var service in ServicesWithReadModels)
        {
            var readModels = await ReadModelsAsync(service);
            var before = new Dictionary<string, Dictionary<string, string>>();
            foreach (var (projection, table) in readModels)
            {
                before[table] = await DocumentsAsync(service, table);
                Assert.That(before[table], Is.Not.Empty, $"{service} {projection} has documents to rebuild");
            }

            // Emptied first, so that only a real replay of the events can bring the documents back.
            foreach (var (_, table) in readModels)
            {
                await ExecuteAsync(service, $"delete from {SchemaOf(service)}.{table}");
            }

            foreach (var (projection, table) in readModels)
            {
                var rebuilt = await AdminAsync(service, HttpMethod.Post, $"admin/projections/{projection}/rebuild");
                TestContext.Out.WriteLine(
                    $"{service} {projection}: {before[table].Count} documents from {rebuilt.GetProperty("events").GetInt64()} events " +
                    $"in {rebuilt.GetProperty("seconds").GetDouble():0.00} s");
            }

            foreach (var (projection, table) in readModels)
            {
                var after = await DocumentsAsync(service, table);
                var differences = before[table]
                    .Where(document => after.GetValueOrDefault(document.Key) != document.Value)
                    .Select(document => $"{document.Key}\n  before: {document.Value}\n  after:  {after.GetValueOrDefault(document.Key) ?? "(missing)"}")
                    .Concat(after.Keys.Except(before[table].Keys).Select(id => $"{id}: not there before"))
                    .ToList();
                Assert.That(differences, Is.Empty,
                    $"{service} {projection}: every document, field by field ({differences.Count} differ)\n{string.Join("\n", differences.Take(3))}");
            }
        }
    }

    /// <returns>How many orders were shipped and confirmed at Amazon.</returns>
    private async Task<int> RunTheWorkflowAsync()
    {
        // Buyers get a customer account, so that CustomerProvisioning's read model has customers to rebuild.
        (await OrderImport.ChangeSettingsAsync(PollingFixture.StoreId, new SettingsBody(CustomerCreation: "BuildNewCustomerAccount")))
            .EnsureSuccessStatusCode();
        var skus = new[] { await ProductAsync(quantity: 10_000), await ProductAsync(quantity: 10_000), await ProductAsync(quantity: 10_000) };
        var scarce = await ProductAsync(quantity: 0);

        var merchant = await PlaceAsync(MerchantOrders, "MFN", index => LinesOf(skus, index));
        var blocked = await PlaceAsync(BlockedOrders, "MFN", _ => [(scarce, 1, 25m)]);
        var amazonFulfilled = await PlaceAsync(AmazonFulfilledOrders, "AFN", index => LinesOf(skus, index));
        await Amazon.LetTimePassAsync(TimeSpan.FromMinutes(3));

        var canceled = merchant[..CanceledOrders];
        var sellerCanceled = merchant[CanceledOrders..(CanceledOrders + SellerCanceledOrders)];
        var verified = merchant[(CanceledOrders + SellerCanceledOrders)..].Concat(blocked).ToArray();
        await ForEachAsync(canceled, id => Amazon.ChangeStatusAsync(id, "Canceled"));
        await ForEachAsync(verified.Concat(sellerCanceled), id => Amazon.ChangeStatusAsync(id, "Unshipped"));
        await ForEachAsync(amazonFulfilled, async id =>
        {
            await Amazon.ChangeStatusAsync(id, "Unshipped");
            await Amazon.ChangeStatusAsync(id, "Shipped");
        });
        await Amazon.LetTimePassAsync(TimeSpan.FromMinutes(3));

        await ChannelStatusesAsync(blocked, "Error");
        await PutProductAsync(scarce, quantity: 100);
        var numbers = await CommerceNumbersAsync(verified.Concat(sellerCanceled));

        await ForEachAsync(sellerCanceled, CancelAsSellerAsync);
        await ForEachAsync(verified, async id => await ShipEverythingAsync(numbers[id]));
        await ChannelStatusesAsync(verified, "Shipped");
        await ChannelStatusesAsync(canceled, "Canceled");
        await ChannelStatusesAsync(amazonFulfilled, "Shipped", "Completed");
        await Amazon.LetTimePassAsync(TimeSpan.FromMinutes(3));
        await ChannelStatusesAsync(sellerCanceled, "Canceled");
        await ChannelStatusesAsync(verified, "Completed");
        await BackfillTheLastHourAsync();
        return verified.Length;
    }

    private async Task CancelAsSellerAsync(string amazonOrderId)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"api/orders/{amazonOrderId}/cancel")
        {
            Content = JsonContent.Create(new { reasonCode = "NoInventory" }),
        };
        using var response = await OrderImport.SendAsAsync(request, TestPeople.Operator);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Accepted), await response.Content.ReadAsStringAsync());
    }

    private async Task BackfillTheLastHourAsync()
    {
        var now = DateTimeOffset.UtcNow;
        using var response = await OrderImport.BackfillAsync(PollingFixture.StoreId, now.AddHours(-1), now.AddMinutes(-1));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Accepted), await response.Content.ReadAsStringAsync());
        var backfill = await OrderImport.FinishedBackfillAsync(response.Headers.Location!);
        Assert.That(backfill.Status, Is.EqualTo("Completed"));
    }

    private static (string Sku, int Quantity, decimal UnitPrice)[] LinesOf(string[] skus, int index) =>
        [.. skus.Take(1 + index % skus.Length).Select((sku, line) => (sku, 1 + line, 10m + line))];

    private async Task<string[]> PlaceAsync(int count, string channel, Func<int, (string, int, decimal)[]> linesOf)
    {
        var ids = new string[count];
        await ForEachAsync(Enumerable.Range(0, count), async index => ids[index] = await Amazon.PlaceOrderAsync(channel, linesOf(index)));
        return ids;
    }

    private async Task<Dictionary<string, string>> CommerceNumbersAsync(IEnumerable<string> amazonOrderIds)
    {
        var numbers = new Dictionary<string, string>();
        foreach (var amazonOrderId in amazonOrderIds)
        {
            numbers[amazonOrderId] = await Eventually.GetAsync(
                async () => (await CommerceOrderOfAsync(amazonOrderId))?.GetProperty("increment_id").GetString(),
                Patience, $"the Commerce order of {amazonOrderId}\n{Fixture.System.RecentOutput}");
        }

        return numbers;
    }

    /// <summary>Ships every item of the Commerce order in one package.</summary>
    private async Task ShipEverythingAsync(string number)
    {
        var order = await CommerceOrder.GetFromJsonAsync<JsonElement>($"api/commerce/orders/{number}");
        var items = order.GetProperty("items").EnumerateArray()
            .Select(item => new { order_item_id = item.GetProperty("item_id").ToString(), qty = item.GetProperty("qty_ordered").GetInt32() })
            .ToArray();
        using var response = await CommerceOrder.PostAsJsonAsync($"api/commerce/orders/{number}/ship", new
        {
            items,
            tracks = new[] { new { track_number = $"LC-{number}", title = "Local Courier", carrier_code = "custom" } },
        });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
    }

    private async Task ChannelStatusesAsync(IEnumerable<string> amazonOrderIds, params string[] statuses)
    {
        foreach (var amazonOrderId in amazonOrderIds)
        {
            await ChannelOrderAsync(amazonOrderId, order => statuses.Contains(order.GetProperty("channelStatus").GetString()));
        }
    }

    /// <summary>
    /// The number of events once nothing has been appended for a few seconds: a read model compared before and after
    /// its rebuild must not change for any other reason meanwhile.
    /// </summary>
    private async Task<long> QuietEventCountAsync()
    {
        var last = await CountEventsAsync();
        var quietSince = DateTime.UtcNow;
        var giveUp = DateTime.UtcNow + Patience;
        while (DateTime.UtcNow - quietSince < TimeSpan.FromSeconds(5))
        {
            Assert.That(DateTime.UtcNow, Is.LessThan(giveUp), "the services to stop appending events");
            await Task.Delay(500);
            var now = await CountEventsAsync();
            if (now != last)
            {
                (last, quietSince) = (now, DateTime.UtcNow);
            }
        }

        return last;
    }

    private async Task<long> CountEventsAsync()
    {
        long events = 0;
        foreach (var service in ServicesWithReadModels)
        {
            await using var connection = await OpenAsync(service);
            await using var command = new NpgsqlCommand($"select count(*) from {SchemaOf(service)}.mt_events", connection);
            events += (long)(await command.ExecuteScalarAsync())!;
        }

        return events;
    }

    /// <summary>
    /// Every projection the service names at /admin/projections with the table of its documents. A read model whose
    /// table this test cannot find fails it, so a new read model is covered or the test says why not.
    /// </summary>
    private async Task<List<(string Projection, string Table)>> ReadModelsAsync(FulfillmentService service)
    {
        var tables = await DocumentTablesAsync(service);
        var readModels = new List<(string, string)>();
        foreach (var projection in (await AdminAsync(service, HttpMethod.Get, "admin/projections")).EnumerateArray())
        {
            var name = projection.GetProperty("name").GetString()!;
            var table = $"mt_doc_{name.Split(':')[0].ToLowerInvariant()}";
            Assert.That(tables, Does.Contain(table), $"{service} projection {name}: its documents' table among {string.Join(", ", tables)}");
            readModels.Add((name, table));
        }

        Assert.That(readModels, Is.Not.Empty, $"{service} has read models");
        return readModels;
    }

    private async Task<List<string>> DocumentTablesAsync(FulfillmentService service)
    {
        await using var connection = await OpenAsync(service);
        await using var command = new NpgsqlCommand(
            "select table_name from information_schema.tables where table_schema = $1 and table_name like 'mt_doc_%'", connection)
        {
            Parameters = { new NpgsqlParameter { Value = SchemaOf(service) } },
        };
        await using var reader = await command.ExecuteReaderAsync();
        var tables = new List<string>();
        while (await reader.ReadAsync())
        {
            tables.Add(reader.GetString(0));
        }

        return tables;
    }

    /// <summary>The documents of a table as stored: the JSON of each, by id.</summary>
    private async Task<Dictionary<string, string>> DocumentsAsync(FulfillmentService service, string table)
    {
        await using var connection = await OpenAsync(service);
        await using var command = new NpgsqlCommand($"select id::text, data::text from {SchemaOf(service)}.{table}", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var documents = new Dictionary<string, string>();
        while (await reader.ReadAsync())
        {
            documents[reader.GetString(0)] = reader.GetString(1);
        }

        return documents;
    }

    private async Task ExecuteAsync(FulfillmentService service, string sql)
    {
        await using var connection = await OpenAsync(service);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private async Task<NpgsqlConnection> OpenAsync(FulfillmentService service)
    {
        var connection = new NpgsqlConnection(Fixture.System.DatabaseOf(service).ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    /// <summary>Each service keeps its events and documents in a schema named like its database.</summary>
    private static string SchemaOf(FulfillmentService service) => service.DatabaseSuffix;

    private async Task<JsonElement> AdminAsync(FulfillmentService service, HttpMethod method, string path)
    {
        using var request = new HttpRequestMessage(method, path);
        using var response = await Fixture.System[service].Http.SendAsAsync(request, TestPeople.Admin);
        if (!response.IsSuccessStatusCode)
        {
            Assert.Fail($"{service} {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static Task ForEachAsync<T>(IEnumerable<T> items, Func<T, Task> action) =>
        Parallel.ForEachAsync(items, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (item, _) => await action(item));
}
