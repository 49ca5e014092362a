using System.Net.Http.Json;
using System.Text.Json;
using Fulfillment.SystemTests.Infrastructure;
using Fulfillment.SystemTests.Infrastructure.Identity;
using Fulfillment.SystemTests.Workflow;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Fulfillment.SystemTests.OperatorsPage;

/// <summary>
/// The operators' page served by OrderImport (O1, O2, O5), in a real browser against every service running with the
/// simulator: signing in through the OpenID provider, the grid of real orders and its filters, an order's details with the timeline,
/// shipping from the page up to Amazon, and the retry of a blocked order after a restock.
/// </summary>
[NonParallelizable]
public sealed class OperatorsPageTests()
    : WorkflowTest(FulfillmentService.CommerceOrder, FulfillmentService.CustomerProvisioning, FulfillmentService.TrackingSync)
{
    private Browser _browser = null!;

    private Uri PageAddress => Fixture.OrderImport.BaseAddress;

    private HttpClient Simulator => Fixture.System[FulfillmentService.SpApiSimulator].Http;

    [OneTimeSetUp]
    public async Task LaunchBrowserAsync() => _browser = await Browser.LaunchAsync();

    [OneTimeTearDown]
    public async Task CloseBrowserAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }
    }

    [Test]
    public async Task Given_no_session_When_the_page_is_opened_Then_the_providers_sign_in_form_is_shown_and_a_wrong_password_is_refused_there()
    {
        var page = await _browser.NewPageAsync(PageAddress);
        await page.GotoAsync("/");
        await Expect(page).ToHaveURLAsync(PageSignIn.ProviderSignInForm());

        await page.FillAsync("input[name=userName]", TestPeople.Operator);
        await page.FillAsync("input[name=password]", "not-the-password");
        await page.ClickAsync("button[type=submit]");

        await Expect(page.Locator("[role=alert]")).ToContainTextAsync("name or password is not right");
        await Expect(page).ToHaveURLAsync(PageSignIn.ProviderSignInForm());
    }

    [Test]
    public async Task Given_imported_orders_When_the_grid_is_filtered_by_order_number_Then_it_lists_only_that_order()
    {
        var sku = await ProductAsync(quantity: 10);
        var first = await Amazon.PlaceOrderAsync("MFN", (sku, 1, 10.00m));
        var second = await Amazon.PlaceOrderAsync("MFN", (sku, 3, 20.00m));
        await Amazon.ChangeStatusAsync(second, "Unshipped");
        await Amazon.LetTimePassAsync(TimeSpan.FromMinutes(3));
        await ChannelOrderAsync(first, _ => true);
        // Amazon gives the buyer and the prices once it has verified the payment (Unshipped).
        var total = (await ChannelOrderAsync(second, order => order.GetProperty("grandTotal").ValueKind == JsonValueKind.Object))
            .GetProperty("grandTotal").GetProperty("amount").GetDecimal();
        // A viewer also granted buyer data sees the buyer's name; the plain viewer's grid is the same without it.
        var page = await _browser.SignedInPageAsync(PageAddress, TestPeople.BuyerViewer);

        await page.GotoAsync("/");
        await Expect(page.Locator($"#orders tr[data-order='{first}']")).ToBeVisibleAsync();
        await Expect(page.Locator($"#orders tr[data-order='{second}']")).ToContainTextAsync("Jane Doe");
        await Browser.SaveScreenshotAsync(page, "orders-grid");

        await page.FillAsync("input[name=orderNumber]", second);
        await page.ClickAsync("#filters button[type=submit]");

        await Expect(page.Locator("#orders tbody tr")).ToHaveCountAsync(1);
        await Expect(page.Locator($"#orders tr[data-order='{second}']")).ToContainTextAsync($"{total:0.00} USD");
        await Expect(page.Locator("#page-info")).ToContainTextAsync("1 orders");
    }

    [Test]
    public async Task Given_a_viewer_without_buyer_data_When_the_grid_is_searched_by_buyer_Then_no_buyer_name_is_shown_and_the_buyer_search_is_ignored()
    {
        var sku = await ProductAsync(quantity: 10);
        var amazonOrderId = await Amazon.PlaceOrderAsync("MFN", (sku, 1, 10.00m));
        await Amazon.ChangeStatusAsync(amazonOrderId, "Unshipped");
        await Amazon.LetTimePassAsync(TimeSpan.FromMinutes(3));
        await ChannelOrderAsync(amazonOrderId, order => order.GetProperty("grandTotal").ValueKind == JsonValueKind.Object);
        var viewer = await _browser.SignedInPageAsync(PageAddress, TestPeople.Viewer);
        var buyerViewer = await _browser.SignedInPageAsync(PageAddress, TestPeople.BuyerViewer);

        await viewer.GotoAsync($"/?orderNumber={amazonOrderId}&buyer=Nobody%20By%20That%20Name");
        await buyerViewer.GotoAsync($"/?orderNumber={amazonOrderId}&buyer=Nobody%20By%20That%20Name");

        await Expect(viewer.Locator($"#orders tr[data-order='{amazonOrderId}']")).ToBeVisibleAsync();
        await Expect(viewer.Locator("#orders")).Not.ToContainTextAsync("Jane Doe");
        await Expect(viewer.Locator("input[name=buyer]")).ToHaveCountAsync(0);
        await Expect(buyerViewer.Locator($"#orders tr[data-order='{amazonOrderId}']")).ToHaveCountAsync(0);
        await buyerViewer.GotoAsync($"/?orderNumber={amazonOrderId}&buyer=Jane");
        await Expect(buyerViewer.Locator($"#orders tr[data-order='{amazonOrderId}']")).ToContainTextAsync("Jane Doe");
    }

    [Test]
    public async Task Given_an_unshipped_order_When_shipped_from_its_details_page_Then_Amazon_has_the_confirmation_and_the_timeline_shows_it()
    {
        var sku = await ProductAsync(quantity: 10);
        var amazonOrderId = await Amazon.PlaceOrderAsync("MFN", (sku, 2, 19.90m));
        await Amazon.ChangeStatusAsync(amazonOrderId, "Unshipped");
        await Amazon.LetTimePassAsync(TimeSpan.FromMinutes(3));
        await ChannelOrderAsync(amazonOrderId, order => order.GetProperty("commerceOrderNumber").GetString() is not null);
        var page = await _browser.SignedInPageAsync(PageAddress, TestPeople.Operator);

        await page.GotoAsync("/");
        await page.ClickAsync($"#orders a:text-is('{amazonOrderId}')");
        await Expect(page.Locator("h1")).ToContainTextAsync(amazonOrderId);
        await Expect(page.Locator("#timeline tr[data-service='OrderImport']").First).ToBeVisibleAsync();
        await Expect(page.Locator("#commerce-order")).ToContainTextAsync("processing");

        await page.SelectOptionAsync("#ship select[name=carrier_code]", "ups");
        await page.FillAsync("#ship input[name=track_number]", "1Z999AA10123456784");
        await page.ClickAsync("#ship button[type=submit]");

        await Expect(page.Locator("#action-answer .answer.ok")).ToContainTextAsync("CommerceOrder accepted it");
        var confirmed = await Eventually.GetAsync<object>(async () =>
            await AmazonOrderAsync(amazonOrderId) is { } order && order.GetProperty("shipmentConfirmations").GetArrayLength() > 0 ? order : null,
            TimeSpan.FromSeconds(60), $"Amazon to have the confirmation\n{Fixture.System.RecentOutput}");
        var confirmation = ((JsonElement)confirmed).GetProperty("shipmentConfirmations")[0];
        await ChannelOrderAsync(amazonOrderId, order => order.GetProperty("shipments").EnumerateArray()
            .Any(shipment => shipment.GetProperty("confirmation").GetString() == "Submitted"));

        await page.ReloadAsync();
        await Expect(page.Locator("#shipments")).ToContainTextAsync("1Z999AA10123456784");
        await Expect(page.Locator("#shipments .confirmation")).ToContainTextAsync("Submitted");
        // Marten's event type names: OrderImport's own stream gives the class name, the history endpoint the snake case.
        await Expect(page.Locator("#timeline tr[data-service='OrderImport'] .event-type")
            .Filter(new() { HasTextRegex = new System.Text.RegularExpressions.Regex("[Tt]racking_?[Ii]nformation_?[Ss]ubmitted") })
            .First).ToBeVisibleAsync();
        // Once CommerceOrder has its history endpoint, its events are part of the same timeline.
        if (await page.Locator("#timeline-sources [data-service='CommerceOrder'][data-answered='true']").CountAsync() > 0)
        {
            await Expect(page.Locator("#timeline tr[data-service='CommerceOrder']").First).ToBeVisibleAsync();
            // The shipment was made with the operator's own token: CommerceOrder recorded them.
            await Expect(page.Locator("#timeline tr[data-service='CommerceOrder'] .actor").Filter(new() { HasText = "person:operator" }))
                .Not.ToHaveCountAsync(0);
        }

        await Browser.SaveScreenshotAsync(page, "order-details");
        Assert.Multiple(() =>
        {
            Assert.That(confirmation.GetProperty("trackingNumber").GetString(), Is.EqualTo("1Z999AA10123456784"));
            Assert.That(confirmation.GetProperty("carrierCode").GetString(), Is.EqualTo("UPS"));
        });
    }

    [Test]
    public async Task Given_an_order_blocked_out_of_stock_When_restocked_and_retried_from_the_page_Then_the_Commerce_order_is_created()
    {
        var sku = await ProductAsync(quantity: 0);
        var amazonOrderId = await Amazon.PlaceOrderAsync("MFN", (sku, 2, 12.00m));
        await Amazon.ChangeStatusAsync(amazonOrderId, "Unshipped");
        await Amazon.LetTimePassAsync(TimeSpan.FromMinutes(3));
        await ChannelOrderAsync(amazonOrderId, order => order.GetProperty("channelStatus").GetString() == "Error");
        var page = await _browser.SignedInPageAsync(PageAddress, TestPeople.Operator);
        await page.GotoAsync($"/orders/{amazonOrderId}");
        await Expect(page.Locator("#retry-blocked button")).ToBeVisibleAsync();
        await Expect(page.Locator("#amazon-order")).ToContainTextAsync("out of stock");

        await PutProductAsync(sku, quantity: 5);
        await page.ClickAsync("#retry-blocked button");

        // The restock may have let CommerceOrder create the order already: then it refuses the retry (409), and
        // the page shows its ProblemDetails. Either way the order ends created.
        await Expect(page.Locator("#action-answer .answer")).ToContainTextAsync("Retry the blocked order");
        var created = await ChannelOrderAsync(amazonOrderId, order => order.GetProperty("commerceOrderNumber").GetString() is not null);
        await page.GotoAsync($"/orders/{amazonOrderId}");
        await Expect(page.Locator("#commerce-order")).ToContainTextAsync(created.GetProperty("commerceOrderNumber").GetString()!);
    }

    [Test]
    public async Task Given_the_grid_open_When_a_new_order_is_imported_Then_it_appears_without_a_reload()
    {
        var page = await _browser.SignedInPageAsync(PageAddress, TestPeople.Viewer);
        var sku = await ProductAsync(quantity: 1);

        var amazonOrderId = await Amazon.PlaceOrderAsync("MFN", (sku, 1, 7.00m));
        await Amazon.LetTimePassAsync(TimeSpan.FromMinutes(3));

        await Expect(page.Locator($"#orders tr[data-order='{amazonOrderId}']")).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await Expect(page.Locator("#refreshed")).ToContainTextAsync("Refreshed");
    }

    [Test]
    public async Task Given_an_operator_signed_in_through_the_provider_When_cancelling_an_order_from_the_page_Then_OrderImport_accepts_it_and_the_timeline_names_the_operator()
    {
        var sku = await ProductAsync(quantity: 5);
        var amazonOrderId = await Amazon.PlaceOrderAsync("MFN", (sku, 1, 9.00m));
        await Amazon.ChangeStatusAsync(amazonOrderId, "Unshipped");
        await Amazon.LetTimePassAsync(TimeSpan.FromMinutes(3));
        await ChannelOrderAsync(amazonOrderId, order => order.GetProperty("amazonStatus").GetString() == "Unshipped");
        var page = await _browser.SignedInPageAsync(PageAddress, TestPeople.Operator);
        await page.GotoAsync($"/orders/{amazonOrderId}");

        await page.SelectOptionAsync("#cancel select[name=reasonCode]", "NoInventory");
        await page.ClickAsync("#cancel button[type=submit]");

        // The page called OrderImport with the operator's own token: OrderImport recorded them as who asked.
        await Expect(page.Locator("#action-answer .answer.ok")).ToContainTextAsync("Cancel with reason NoInventory: OrderImport accepted it");
        await Expect(page.Locator("#timeline tr[data-service='OrderImport'] .actor").Filter(new() { HasText = "person:operator" }))
            .Not.ToHaveCountAsync(0);
        await Browser.SaveScreenshotAsync(page, "order-cancelled-by-operator");
    }

    [Test]
    public async Task Given_the_stores_page_When_settings_are_invalid_and_a_backfill_is_requested_Then_each_answer_of_OrderImport_is_shown()
    {
        var page = await _browser.SignedInPageAsync(PageAddress, TestPeople.Operator);
        await page.GotoAsync("/stores");
        var store = page.Locator($"[data-store='{Polling.PollingFixture.StoreId}']");

        await store.Locator("input[name=customProcessingStatus]").FillAsync(new string('x', 40));
        await store.Locator("button:text-is('Save settings')").ClickAsync();

        await Expect(page.Locator("#action-answer .answer.refused")).ToContainTextAsync("CustomProcessingStatus: The length");

        var now = DateTime.UtcNow;
        await store.Locator("input[name=from]").FillAsync(now.AddHours(-2).ToString("yyyy-MM-ddTHH:mm"));
        await store.Locator("input[name=to]").FillAsync(now.AddHours(-1).ToString("yyyy-MM-ddTHH:mm"));
        await store.Locator("button:text-is('Request backfill')").ClickAsync();

        await Expect(page.Locator("#action-answer .answer.ok")).ToContainTextAsync($"Backfill {Polling.PollingFixture.StoreId}: OrderImport accepted it");
    }

    [Test]
    public async Task Given_a_viewer_When_an_order_is_opened_Then_no_action_and_no_buyer_data_is_shown_and_posting_an_action_is_forbidden()
    {
        var sku = await ProductAsync(quantity: 0);
        var amazonOrderId = await Amazon.PlaceOrderAsync("MFN", (sku, 1, 5.00m));
        await Amazon.LetTimePassAsync(TimeSpan.FromMinutes(3));
        await ChannelOrderAsync(amazonOrderId, _ => true);
        var page = await _browser.SignedInPageAsync(PageAddress, TestPeople.Viewer);
        await page.GotoAsync($"/orders/{amazonOrderId}");

        var status = await page.EvaluateAsync<int>(
            """
            async () => {
              const token = document.querySelector('input[name=__RequestVerificationToken]').value;
              const body = new URLSearchParams({ reasonCode: 'NoInventory', __RequestVerificationToken: token });
              const response = await fetch(location.pathname + '?handler=Cancel', { method: 'POST', body });
              return response.status;
            }
            """);

        await Expect(page.Locator("#timeline")).ToBeVisibleAsync();
        await Expect(page.Locator("#cancel")).ToHaveCountAsync(0);
        await Expect(page.Locator("main button")).ToHaveCountAsync(0);
        await Expect(page.Locator("#buyer")).ToContainTextAsync("orders.buyer");
        await Expect(page.Locator("#signed-in-as")).ToContainTextAsync(TestPeople.Viewer);
        Assert.That(status, Is.EqualTo(403));
    }

    private async Task<JsonElement?> AmazonOrderAsync(string amazonOrderId)
    {
        using var response = await Simulator.GetAsync($"simulator/orders/{amazonOrderId}");
        return response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<JsonElement>() : null;
    }
}
