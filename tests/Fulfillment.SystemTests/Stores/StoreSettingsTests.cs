using System.Net;
using System.Net.Http.Json;
using System.Text;
using Fulfillment.SystemTests.Infrastructure;

namespace Fulfillment.SystemTests.Stores;

/// <summary>Order settings change over HTTP; every effective change is an event with the next settings version.</summary>
public sealed class StoreSettingsTests
{
    private FulfillmentSystem _system = null!;

    private HttpClient OrderImport => _system[FulfillmentService.OrderImport].Http;

    [OneTimeSetUp]
    public async Task StartServices() => _system = await FulfillmentSystem.StartAsync(FulfillmentService.OrderImport);

    [OneTimeTearDown]
    public async Task StopServices() => await _system.DisposeAsync();

    [Test]
    public async Task Given_a_store_When_its_settings_change_twice_Then_versions_2_and_3_are_recorded_as_events()
    {
        await ConnectAsync("store-versions");
        var buildCustomers = new SettingsBody(CustomerCreation: "BuildNewCustomerAccount");
        var reserve = buildCustomers with { PendingOrders = "ReserveQuantity", CustomProcessingStatus = "amazon_new" };

        using var first = await OrderImport.ChangeSettingsAsync("store-versions", buildCustomers);
        using var second = await OrderImport.ChangeSettingsAsync("store-versions", reserve);

        var afterFirst = await first.Content.ReadFromJsonAsync<StoreResponse>();
        var afterSecond = await second.Content.ReadFromJsonAsync<StoreResponse>();
        var stored = await OrderImport.GetFromJsonAsync<StoreResponse>("api/stores/store-versions");
        var history = await OrderImport.HistoryAsync("store-versions");
        Assert.Multiple(() =>
        {
            Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(afterFirst?.SettingsVersion, Is.EqualTo(2));
            Assert.That(afterSecond?.SettingsVersion, Is.EqualTo(3));
            Assert.That(afterSecond?.Settings, Is.EqualTo(reserve));
            Assert.That(stored?.SettingsVersion, Is.EqualTo(3));
            Assert.That(stored?.Settings, Is.EqualTo(reserve));
            Assert.That(
                history.Select(entry => entry.Type),
                Is.EqualTo(new[] { "AmazonStoreConnected", "OrderSettingsChanged", "OrderSettingsChanged" }));
            Assert.That(
                history.Skip(1).Select(entry => entry.Data.GetProperty("settingsVersion").GetInt32()),
                Is.EqualTo(new[] { 2, 3 }));
        });
    }

    [Test]
    public async Task Given_a_store_When_the_same_settings_are_saved_again_Then_the_version_stays_and_nothing_is_recorded()
    {
        await ConnectAsync("store-same");
        var inactive = new SettingsBody(State: "Inactive");
        using var change = await OrderImport.ChangeSettingsAsync("store-same", inactive);

        using var again = await OrderImport.ChangeSettingsAsync("store-same", inactive);

        var afterAgain = await again.Content.ReadFromJsonAsync<StoreResponse>();
        var history = await OrderImport.HistoryAsync("store-same");
        Assert.Multiple(() =>
        {
            Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(afterAgain?.SettingsVersion, Is.EqualTo(2));
            Assert.That(history, Has.Count.EqualTo(2));
        });
    }

    [Test]
    public async Task Given_no_such_store_When_its_settings_change_Then_404_problem_details()
    {
        using var response = await OrderImport.ChangeSettingsAsync("store-unknown", new SettingsBody());

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        });
    }

    [Test]
    public async Task Given_a_state_that_is_no_store_state_When_settings_change_Then_400_and_the_settings_stay()
    {
        await ConnectAsync("store-badstate");
        using var body = new StringContent(
            """{"importOrders":true,"customerCreation":"Guest","orderNumberSource":"CommerceIncrementNumber","pendingOrders":"DoNotReserveQuantity","state":"Dormant","readOnlyMode":false}""",
            Encoding.UTF8, "application/json");

        using var response = await OrderImport.PutAsync("api/stores/store-badstate/settings", body);

        var stored = await OrderImport.GetFromJsonAsync<StoreResponse>("api/stores/store-badstate");
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
            Assert.That(stored?.SettingsVersion, Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Given_settings_without_importOrders_When_saved_Then_400_names_it_and_the_import_stays_on()
    {
        await ConnectAsync("store-partial");

        using var response = await OrderImport.ChangeSettingsAsync("store-partial", new
        {
            customerCreation = "BuildNewCustomerAccount", orderNumberSource = "CommerceIncrementNumber",
            pendingOrders = "DoNotReserveQuantity", state = "Active", readOnlyMode = false,
        });

        var invalid = await response.InvalidFieldsAsync();
        var stored = await OrderImport.GetFromJsonAsync<StoreResponse>("api/stores/store-partial");
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(invalid, Is.EqualTo(new[] { "ImportOrders" }));
            Assert.That(stored?.Settings.ImportOrders, Is.True);
            Assert.That(stored?.SettingsVersion, Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Given_a_state_sent_as_a_number_outside_the_enum_When_settings_change_Then_400_names_State()
    {
        await ConnectAsync("store-numberstate");

        using var response = await OrderImport.ChangeSettingsAsync("store-numberstate", new
        {
            importOrders = true, customerCreation = "Guest", orderNumberSource = "CommerceIncrementNumber",
            pendingOrders = "DoNotReserveQuantity", state = 7, readOnlyMode = false,
        });

        var invalid = await response.InvalidFieldsAsync();
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(invalid, Is.EqualTo(new[] { "State" }));
        });
    }

    [Test]
    public async Task Given_a_custom_processing_status_longer_than_Commerce_allows_When_settings_change_Then_400_names_it()
    {
        await ConnectAsync("store-longstatus");

        using var response = await OrderImport.ChangeSettingsAsync(
            "store-longstatus", new SettingsBody(CustomProcessingStatus: new string('x', 33)));

        var invalid = await response.InvalidFieldsAsync();
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(invalid, Is.EqualTo(new[] { "CustomProcessingStatus" }));
        });
    }

    private async Task ConnectAsync(string storeId)
    {
        using var response = await OrderImport.ConnectAsync(ConnectStoreBody.For(storeId));
        response.EnsureSuccessStatusCode();
    }
}
