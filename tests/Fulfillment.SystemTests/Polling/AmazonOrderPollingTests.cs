using System.Net;
using System.Net.Http.Json;
using Fulfillment.Contracts.AmazonOrders;
using Fulfillment.SystemTests.FirstSlice;
using Fulfillment.SystemTests.Infrastructure;
using MassTransit;

namespace Fulfillment.SystemTests.Polling;

/// <summary>
/// OrderImport polls the SP-API simulator over HTTP and imports each order in the state Amazon shows (W1, W2, F1,
/// F2), publishing each fact once.
/// </summary>
public sealed class AmazonOrderPollingTests
{
    private static readonly TimeSpan AmazonListingDelay = TimeSpan.FromMinutes(3);
    private FulfillmentSystem _system = null!;
    private IBusControl _auditBus = null!;
    private AmazonSide _amazon = null!;
    private readonly PublishedContracts _published = new();

    private HttpClient OrderImport => _system[FulfillmentService.OrderImport].Http;

    [OneTimeSetUp]
    public async Task StartServices()
    {
        _system = await FulfillmentSystem.StartAsync(
            new Dictionary<string, string>
            {
                ["OrderImport__Polling__Interval"] = "00:00:00.500",
                ["SpApiSimulator__RateLimits__Multiplier"] = "100",
                ["SpApi__UsagePlans__getOrders__Rate"] = "1.67",
                ["SpApi__UsagePlans__getOrders__Burst"] = "20",
            },
            FulfillmentService.SpApiSimulator, FulfillmentService.OrderImport);
        _amazon = new AmazonSide(_system[FulfillmentService.SpApiSimulator].Http, _system.Seller);
        _auditBus = await _system.StartTestBusAsync();
        await _published.ListenAsync(_auditBus);
        await ConnectStoreAsync();
    }

    [OneTimeTearDown]
    public async Task StopServices()
    {
        await _auditBus.StopAsync();
        await _system.DisposeAsync();
    }

    [TearDown]
    public void ShowServiceOutputOnFailure()
    {
        if (TestContext.CurrentContext.Result.Outcome.Status == NUnit.Framework.Interfaces.TestStatus.Failed)
        {
            TestContext.Out.WriteLine(_system.RecentOutput);
        }
    }

    [Test]
    public async Task Given_an_MFN_order_When_Amazon_verifies_it_Then_it_is_listed_Pending_then_Unshipped_with_buyer_and_prices_and_each_fact_is_published_once()
    {
        var amazonOrderId = await _amazon.PlaceOrderAsync("MFN", ("SKU-MUG-RED", 2, 19.90m));
        await _amazon.LetTimePassAsync(AmazonListingDelay);

        var pending = await ChannelOrderInStatusAsync(amazonOrderId, "Pending");
        await _amazon.ChangeStatusAsync(amazonOrderId, "Unshipped");
        await _amazon.LetTimePassAsync(AmazonListingDelay);
        var unshipped = await ChannelOrderInStatusAsync(amazonOrderId, "Unshipped");
        await Eventually.GetAsync(
            () => Task.FromResult(_published.Last<OrderUnshipped>(amazonOrderId)), TimeSpan.FromSeconds(30),
            "OrderUnshipped to be published");
        await _amazon.WaitForPollsAsync(3);

        var published = _published.Last<OrderUnshipped>(amazonOrderId)!;
        Assert.Multiple(() =>
        {
            Assert.That(pending.HasBuyerDetails, Is.False, "Amazon gives no buyer for a pending order");
            Assert.That(pending.Total, Is.Null, "Amazon gives no prices for a pending order");
            Assert.That(unshipped.HasBuyerDetails, Is.True);
            Assert.That(unshipped.Total?.Amount, Is.GreaterThanOrEqualTo(39.80m));
            Assert.That(_published.CountOf<OrderPending>(amazonOrderId), Is.EqualTo(1));
            Assert.That(_published.CountOf<OrderUnshipped>(amazonOrderId), Is.EqualTo(1));
            Assert.That(published.Buyer?.Email, Is.EqualTo("jane.doe@example.com"));
            Assert.That(published.Buyer?.ShippingAddress?.City, Is.EqualTo("Seattle"));
            Assert.That(published.Lines.Single().Prices?.ItemPrice, Is.EqualTo(39.80m));
            Assert.That(published.Settings.Version, Is.EqualTo(1));
            Assert.That(published.Settings.CustomerCreation, Is.EqualTo("Guest"));
        });
    }

    [Test]
    public async Task Given_an_FBA_order_When_Amazon_ships_it_Then_it_is_imported_only_then_and_OrderShipped_is_published_once()
    {
        var amazonOrderId = await _amazon.PlaceOrderAsync("AFN", ("SKU-LAMP", 1, 45.00m));
        await _amazon.LetTimePassAsync(AmazonListingDelay);
        await _amazon.ChangeStatusAsync(amazonOrderId, "Unshipped");
        await _amazon.LetTimePassAsync(AmazonListingDelay);
        await _amazon.WaitForPollsAsync(3);
        using var whileAmazonHoldsIt = await OrderImport.GetAsync($"api/amazon-orders/{amazonOrderId}");

        await _amazon.ChangeStatusAsync(amazonOrderId, "Shipped");
        await _amazon.LetTimePassAsync(AmazonListingDelay);
        var shipped = await ChannelOrderInStatusAsync(amazonOrderId, "Shipped");
        await Eventually.GetAsync(
            () => Task.FromResult(_published.Last<OrderShipped>(amazonOrderId)), TimeSpan.FromSeconds(30),
            "OrderShipped to be published");
        await _amazon.WaitForPollsAsync(3);

        Assert.Multiple(() =>
        {
            Assert.That(whileAmazonHoldsIt.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "F1: not imported before shipped");
            Assert.That(shipped.FulfillmentChannel, Is.EqualTo("AFN"));
            Assert.That(_published.CountOf<OrderPending>(amazonOrderId), Is.Zero);
            Assert.That(_published.CountOf<OrderUnshipped>(amazonOrderId), Is.Zero);
            Assert.That(_published.CountOf<OrderShipped>(amazonOrderId), Is.EqualTo(1));
            Assert.That(_published.Last<OrderShipped>(amazonOrderId)!.OrderTotal, Is.GreaterThanOrEqualTo(45.00m));
        });
    }

    [Test]
    public async Task Given_an_Unshipped_order_When_the_buyer_asks_Amazon_to_cancel_Then_the_request_is_shown_on_the_channel_order()
    {
        var amazonOrderId = await _amazon.PlaceOrderAsync("MFN", ("SKU-MUG-RED", 1, 19.90m));
        await _amazon.ChangeStatusAsync(amazonOrderId, "Unshipped");
        await _amazon.LetTimePassAsync(AmazonListingDelay);
        await ChannelOrderInStatusAsync(amazonOrderId, "Unshipped");

        await _amazon.RequestBuyerCancellationAsync(amazonOrderId, "Ordered by mistake");
        await _amazon.LetTimePassAsync(AmazonListingDelay);

        var order = await Eventually.GetAsync(
            async () => await OrderImport.GetFromJsonAsync<ChannelOrderResponse>($"api/amazon-orders/{amazonOrderId}")
                is { BuyerCancelReason: not null } requested ? requested : null,
            TimeSpan.FromSeconds(30), "the cancellation request to be shown");
        Assert.Multiple(() =>
        {
            Assert.That(order.BuyerCancelReason, Is.EqualTo("Ordered by mistake"));
            Assert.That(order.Status, Is.EqualTo("Unshipped"), "a request is not a cancellation: Amazon still waits for the seller");
        });
    }

    private async Task ConnectStoreAsync()
    {
        using var response = await OrderImport.PostAsJsonAsync("api/stores", new
        {
            storeId = "store-us",
            sellerId = _system.Seller.SellerId,
            marketplaceId = SimulatedSeller.MarketplaceId,
            spApiEndpoint = _system[FulfillmentService.SpApiSimulator].BaseAddress,
            credentialsName = SimulatedSeller.CredentialsName,
            websiteCode = "base",
        });
        response.EnsureSuccessStatusCode();
    }

    private Task<ChannelOrderResponse> ChannelOrderInStatusAsync(string amazonOrderId, string status) =>
        Eventually.GetAsync(
            async () =>
            {
                using var response = await OrderImport.GetAsync($"api/amazon-orders/{amazonOrderId}");
                var order = response.IsSuccessStatusCode
                    ? await response.Content.ReadFromJsonAsync<ChannelOrderResponse>()
                    : null;
                return order?.Status == status ? order : null;
            },
            TimeSpan.FromSeconds(30), $"{amazonOrderId} to be listed {status}");
}

public sealed record MoneyResponse(decimal Amount, string CurrencyCode);

public sealed record ChannelOrderResponse(
    string AmazonOrderId, string Status, string FulfillmentChannel, MoneyResponse? Total, bool HasBuyerDetails,
    string? BuyerCancelReason, long Version);
