using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;

namespace Fulfillment.SystemTests.SpApiSimulator;

/// <summary>
/// The Feeds API 2021-06-30 as a seller runs it to cancel an order: createFeedDocument, upload to the returned URL,
/// createFeed with <c>POST_ORDER_ACKNOWLEDGEMENT_DATA</c>, getFeed until <c>DONE</c>, then the processing report.
/// </summary>
public sealed class FeedsApiTests
{
    private RunningSimulator _simulator = null!;
    private string _accessToken = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        _simulator = await RunningSimulator.StartFastAsync();
        _accessToken = await _simulator.AccessTokenAsync();
    }

    [OneTimeTearDown]
    public async Task Stop() => await _simulator.DisposeAsync();

    [Test]
    public async Task Given_an_unshipped_order_When_a_Failure_acknowledgement_with_a_reason_is_processed_Then_it_is_Canceled_with_that_reason()
    {
        var (orderId, itemIds) = await UnshippedOrderAsync();
        var before = await _simulator.SimulatedOrderAsync(orderId);

        var (feed, report) = await SubmitAsync(Acknowledgement(orderId, "Failure", itemIds, "CustomerExchange"));

        var after = await _simulator.SimulatedOrderAsync(orderId);
        Assert.Multiple(() =>
        {
            Assert.That(feed.GetProperty("processingStatus").GetString(), Is.EqualTo("DONE"));
            Assert.That(feed.GetProperty("feedType").GetString(), Is.EqualTo("POST_ORDER_ACKNOWLEDGEMENT_DATA"));
            Assert.That(Summary(report, "MessagesProcessed"), Is.EqualTo("1"));
            Assert.That(Summary(report, "MessagesWithError"), Is.EqualTo("0"));
            Assert.That(after.GetProperty("orderStatus").GetString(), Is.EqualTo("Canceled"));
            Assert.That(after.GetProperty("sellerCancellation").GetProperty("cancelReason").GetString(), Is.EqualTo("CustomerExchange"));
            Assert.That(after.GetProperty("sellerCancellation").GetProperty("feedId").GetString(), Is.EqualTo(feed.GetProperty("feedId").GetString()));
            Assert.That(after.GetProperty("lastUpdateDate").GetDateTimeOffset(), Is.GreaterThan(before.GetProperty("lastUpdateDate").GetDateTimeOffset()));
        });
    }

    [Test]
    public async Task Given_a_shipped_order_When_a_cancel_is_processed_Then_the_report_has_the_error_and_the_order_stays_Shipped()
    {
        var (orderId, itemIds) = await UnshippedOrderAsync();
        await _simulator.ChangeStatusAsync(orderId, "Shipped");

        var (_, report) = await SubmitAsync(Acknowledgement(orderId, "Failure", itemIds, "NoInventory"));

        var status = (await _simulator.SimulatedOrderAsync(orderId)).GetProperty("orderStatus").GetString();
        Assert.Multiple(() =>
        {
            Assert.That(Summary(report, "MessagesWithError"), Is.EqualTo("1"));
            Assert.That(report.Descendants("ResultDescription").Single().Value, Does.Contain("Shipped"));
            Assert.That(status, Is.EqualTo("Shipped"));
        });
    }

    [Test]
    public async Task Given_a_reason_that_is_not_Amazon_When_processed_Then_the_report_has_the_error_and_nothing_changes()
    {
        var (orderId, itemIds) = await UnshippedOrderAsync();

        var (_, report) = await SubmitAsync(Acknowledgement(orderId, "Failure", itemIds, "OutOfStock"));

        var status = (await _simulator.SimulatedOrderAsync(orderId)).GetProperty("orderStatus").GetString();
        Assert.Multiple(() =>
        {
            Assert.That(Summary(report, "MessagesWithError"), Is.EqualTo("1"));
            Assert.That(status, Is.EqualTo("Unshipped"));
        });
    }

    [Test]
    public async Task Given_a_document_that_is_not_XML_When_processed_Then_the_feed_is_DONE_with_an_error_report() =>
        Assert.That(Summary((await SubmitAsync(Encoding.UTF8.GetBytes("{\"not\": \"xml\"}"))).Report, "MessagesWithError"), Is.EqualTo("1"));

    [Test]
    public async Task Given_no_access_token_When_a_feed_document_is_asked_Then_403_as_the_Orders_API()
    {
        using var response = await _simulator.SendAsync(HttpMethod.Post, "feeds/2021-06-30/documents", null,
            JsonContent.Create(new { contentType = "text/xml; charset=UTF-8" }));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task Given_a_cancel_sent_twice_When_the_received_feeds_are_listed_Then_two_feeds_name_the_order()
    {
        var (orderId, itemIds) = await UnshippedOrderAsync();
        var (first, _) = await SubmitAsync(Acknowledgement(orderId, "Failure", itemIds, "NoInventory"));
        var (second, _) = await SubmitAsync(Acknowledgement(orderId, "Failure", itemIds, "NoInventory"));

        var received = await _simulator.Http.GetFromJsonAsync<JsonElement>($"simulator/feeds?sellerId={_simulator.Seller.SellerId}");

        var naming = received.EnumerateArray()
            .Where(feed => feed.GetProperty("amazonOrderIds").EnumerateArray().Any(id => id.GetString() == orderId))
            .Select(feed => feed.GetProperty("feedId").GetString())
            .ToList();
        Assert.That(naming, Is.EqualTo(new[] { first.GetProperty("feedId").GetString(), second.GetProperty("feedId").GetString() }));
    }

    private async Task<(string OrderId, string[] ItemIds)> UnshippedOrderAsync()
    {
        var order = await _simulator.PlaceOrderAsync(SimulatedOrders.Mfn(
            _simulator.Seller, DateTimeOffset.UtcNow.AddHours(-2), [("SKU-MUG", 2, 10m), ("SKU-PLATE", 1, 15m)]));
        var orderId = order.GetProperty("amazonOrderId").GetString()!;
        await _simulator.ChangeStatusAsync(orderId, "Unshipped", DateTimeOffset.UtcNow.AddHours(-1));
        return (orderId, [.. order.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("orderItemId").GetString()!)]);
    }

    private byte[] Acknowledgement(string orderId, string statusCode, string[] itemIds, string reason) => Encoding.UTF8.GetBytes(
        new XDocument(new XElement("AmazonEnvelope",
            new XElement("Header", new XElement("DocumentVersion", "1.01"), new XElement("MerchantIdentifier", _simulator.Seller.SellerId)),
            new XElement("MessageType", "OrderAcknowledgement"),
            new XElement("Message", new XElement("MessageID", "1"), new XElement("OrderAcknowledgement",
                new XElement("AmazonOrderID", orderId),
                new XElement("StatusCode", statusCode),
                itemIds.Select(itemId => new XElement("Item",
                    new XElement("AmazonOrderItemCode", itemId), new XElement("CancelReason", reason)))))))
        .ToString());

    /// <summary>The whole round: document, upload, feed, getFeed, the report's document and its content.</summary>
    private async Task<(JsonElement Feed, XDocument Report)> SubmitAsync(byte[] content)
    {
        const string contentType = "text/xml; charset=UTF-8";
        using var created = await _simulator.SendAsync(
            HttpMethod.Post, "feeds/2021-06-30/documents", _accessToken, JsonContent.Create(new { contentType }));
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var document = await created.Content.ReadFromJsonAsync<JsonElement>();
        var upload = new ByteArrayContent(content);
        upload.Headers.TryAddWithoutValidation("Content-Type", contentType);
        (await _simulator.Http.PutAsync(document.GetProperty("url").GetString(), upload)).EnsureSuccessStatusCode();

        using var feedCreated = await _simulator.SendAsync(HttpMethod.Post, "feeds/2021-06-30/feeds", _accessToken, JsonContent.Create(new
        {
            feedType = "POST_ORDER_ACKNOWLEDGEMENT_DATA",
            marketplaceIds = new[] { RunningSimulator.UsMarketplace },
            inputFeedDocumentId = document.GetProperty("feedDocumentId").GetString(),
        }));
        Assert.That(feedCreated.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
        var feedId = (await feedCreated.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("feedId").GetString();

        using var feedResponse = await _simulator.GetAsync($"feeds/2021-06-30/feeds/{feedId}", _accessToken);
        Assert.That(feedResponse.Headers.Contains("x-amzn-RateLimit-Limit"), Is.True);
        var feed = await feedResponse.Content.ReadFromJsonAsync<JsonElement>();
        using var reportDocument = await _simulator.GetAsync(
            $"feeds/2021-06-30/documents/{feed.GetProperty("resultFeedDocumentId").GetString()}", _accessToken);
        var reportUrl = (await reportDocument.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("url").GetString();
        return (feed, XDocument.Parse(await _simulator.Http.GetStringAsync(reportUrl)));
    }

    private static string Summary(XDocument report, string name) => report.Descendants("ProcessingSummary").Single().Element(name)!.Value;
}
