using System.Net;
using System.Net.Http.Json;
using Fulfillment.SystemTests.Infrastructure;

namespace Fulfillment.SystemTests.Stores;

/// <summary>Connecting, listing and reading Amazon stores over HTTP; credentials are named, never shown.</summary>
public sealed class ConnectStoreTests
{
    private FulfillmentSystem _system = null!;

    private HttpClient OrderImport => _system[FulfillmentService.OrderImport].Http;

    [OneTimeSetUp]
    public async Task StartServices() => _system = await FulfillmentSystem.StartAsync(FulfillmentService.OrderImport);

    [OneTimeTearDown]
    public async Task StopServices() => await _system.DisposeAsync();

    [Test]
    public async Task Given_no_store_When_connected_Then_201_with_its_address_and_the_default_settings_as_version_1()
    {
        using var response = await OrderImport.ConnectAsync(ConnectStoreBody.For("store-new"));

        var store = await response.Content.ReadFromJsonAsync<StoreResponse>();
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(response.Headers.Location?.ToString(), Is.EqualTo("/api/stores/store-new"));
            Assert.That(store?.SettingsVersion, Is.EqualTo(1));
            Assert.That(store?.Settings, Is.EqualTo(new SettingsBody()));
            Assert.That(store?.CredentialsName, Is.EqualTo(SimulatedSeller.CredentialsName));
        });
    }

    [Test]
    public async Task Given_a_connected_store_When_connected_again_with_the_same_account_Then_200_and_nothing_new_is_recorded()
    {
        using var first = await OrderImport.ConnectAsync(ConnectStoreBody.For("store-again"));

        using var again = await OrderImport.ConnectAsync(ConnectStoreBody.For("store-again"));

        var history = await OrderImport.HistoryAsync("store-again");
        Assert.Multiple(() =>
        {
            Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(history.Select(entry => entry.Type), Is.EqualTo(new[] { "AmazonStoreConnected" }));
        });
    }

    [Test]
    public async Task Given_a_connected_store_When_another_seller_connects_the_same_store_id_Then_409_problem_details_and_the_store_stays()
    {
        using var first = await OrderImport.ConnectAsync(ConnectStoreBody.For("store-taken"));

        using var other = await OrderImport.ConnectAsync(ConnectStoreBody.For("store-taken") with { SellerId = "A2OTHERSELLER01" });

        var store = await OrderImport.GetFromJsonAsync<StoreResponse>("api/stores/store-taken");
        Assert.Multiple(() =>
        {
            Assert.That(other.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That(other.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
            Assert.That(store?.SellerId, Is.EqualTo("A1FULFILLMENTTEST"));
        });
    }

    [Test]
    public async Task Given_credentials_that_are_not_configured_When_connected_Then_400_names_CredentialsName_and_no_store_exists()
    {
        using var response = await OrderImport.ConnectAsync(ConnectStoreBody.For("store-nocreds") with { CredentialsName = "prod-eu" });

        var invalid = await response.InvalidFieldsAsync();
        using var lookup = await OrderImport.GetAsync("api/stores/store-nocreds");
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(invalid, Is.EqualTo(new[] { "CredentialsName" }));
            Assert.That(lookup.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        });
    }

    [TestCase("Store-Upper")]
    [TestCase("1store")]
    [TestCase("store id")]
    public async Task Given_a_malformed_store_id_When_connected_Then_400_names_StoreId(string storeId)
    {
        using var response = await OrderImport.ConnectAsync(ConnectStoreBody.For(storeId));

        var invalid = await response.InvalidFieldsAsync();
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(invalid, Is.EqualTo(new[] { "StoreId" }));
        });
    }

    [TestCase("sellingpartnerapi-na.amazon.com")]
    [TestCase("ftp://sellingpartnerapi-na.amazon.com")]
    public async Task Given_an_endpoint_that_is_not_an_absolute_http_address_When_connected_Then_400_names_SpApiEndpoint(string endpoint)
    {
        using var response = await OrderImport.ConnectAsync(ConnectStoreBody.For("store-badendpoint", endpoint));

        var invalid = await response.InvalidFieldsAsync();
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(invalid, Is.EqualTo(new[] { "SpApiEndpoint" }));
        });
    }

    [Test]
    public async Task Given_connected_stores_When_listed_and_read_Then_they_show_the_credentials_name_and_no_secret_of_them()
    {
        using var connected = await OrderImport.ConnectAsync(ConnectStoreBody.For("store-listed"));

        var list = await OrderImport.GetStringAsync("api/stores");
        var one = await OrderImport.GetStringAsync("api/stores/store-listed");
        var history = await OrderImport.GetStringAsync("api/stores/store-listed/history");

        var stores = await OrderImport.GetFromJsonAsync<IReadOnlyList<StoreResponse>>("api/stores");
        Assert.Multiple(() =>
        {
            Assert.That(stores?.Select(store => store.StoreId), Does.Contain("store-listed"));
            Assert.That(stores, Is.Ordered.By(nameof(StoreResponse.StoreId)));
            foreach (var body in new[] { list, one, history })
            {
                Assert.That(body, Does.Contain($"\"credentialsName\":\"{SimulatedSeller.CredentialsName}\""));
                Assert.That(body, Does.Not.Contain(_system.Seller.ClientSecret));
                Assert.That(body, Does.Not.Contain(_system.Seller.RefreshToken));
                Assert.That(body, Does.Not.Contain("clientSecret").IgnoreCase);
                Assert.That(body, Does.Not.Contain("refreshToken").IgnoreCase);
            }
        });
    }

    [Test]
    public async Task Given_no_such_store_When_read_Then_404_problem_details()
    {
        using var response = await OrderImport.GetAsync("api/stores/store-unknown");

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        });
    }
}
