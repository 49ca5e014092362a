using System.Net;
using System.Security.Cryptography;
using System.Text.Json.Nodes;

namespace Fulfillment.SystemTests.SpApiSimulator;

/// <summary>
/// Every static sandbox example of the Orders and Tokens models (the simulator's own copies under
/// <c>services/SpApiSimulator/Models</c>) is sent over HTTP and answered with the documented status and body.
/// </summary>
public sealed class SandboxConformanceTests
{
    private static readonly string[] ModelFiles = ["ordersV0.json", "tokens_2021-03-01.json"];

    // Operations that return personal data take a Restricted Data Token, in the sandbox as in production.
    private static readonly string[] RestrictedOperations =
        ["getOrderBuyerInfo", "getOrderAddress", "getOrderItemsBuyerInfo", "getOrderRegulatedInfo"];

    private RunningSimulator _simulator = null!;
    private string _accessToken = null!;
    private string _restrictedDataToken = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        _simulator = await RunningSimulator.StartFastAsync();
        _accessToken = await _simulator.AccessTokenAsync();
        _restrictedDataToken = await _simulator.RestrictedDataTokenAsync(
            _accessToken,
            ("GET", "/orders/v0/orders/{orderId}/buyerInfo", []),
            ("GET", "/orders/v0/orders/{orderId}/address", []),
            ("GET", "/orders/v0/orders/{orderId}/orderItems/buyerInfo", []),
            ("GET", "/orders/v0/orders/{orderId}/regulatedInfo", []));
    }

    [OneTimeTearDown]
    public async Task Stop() => await _simulator.DisposeAsync();

    private static IEnumerable<TestCaseData> Examples() =>
        ModelFiles.SelectMany(SandboxExampleCase.ReadAll).Select((example, index) =>
            new TestCaseData(example).SetArgDisplayNames($"{index + 1:D2} {example}"));

    [TestCaseSource(nameof(Examples))]
    public async Task Given_a_static_sandbox_example_When_its_request_is_sent_Then_the_documented_status_and_body(SandboxExampleCase example)
    {
        var token = RestrictedOperations.Contains(example.OperationId) ? _restrictedDataToken : _accessToken;
        using var request = example.ToRequest(token);

        using var response = await _simulator.Http.SendAsync(request);

        var body = await response.Content.ReadAsStringAsync();
        Assert.That((int)response.StatusCode, Is.EqualTo(example.StatusCode), body);
        if (example.StatusCode == (int)HttpStatusCode.NoContent)
        {
            Assert.That(body, Is.Empty);
            return;
        }

        Assert.That(JsonEquivalence.FirstDifference(example.Response, JsonNode.Parse(body)), Is.Null, body);
    }

    [Test]
    public void Given_the_models_When_their_examples_are_counted_Then_every_operation_the_simulator_serves_has_some()
    {
        var operations = ModelFiles.SelectMany(SandboxExampleCase.ReadAll).Select(example => example.OperationId).ToHashSet();

        Assert.That(operations, Is.SupersetOf(new[]
        {
            "getOrders", "getOrder", "getOrderItems", "getOrderBuyerInfo", "getOrderAddress", "confirmShipment",
            "createRestrictedDataToken",
        }));
    }

    [TestCase("ordersV0.json", "027ac6f5c97126647c6925db9be09f78c7c741cd1d8727a5367374a1846bedc5")]
    [TestCase("tokens_2021-03-01.json", "3cd09ae7f218c83f32536a894cb8c42f2191c94b9c27f6bcf0a164442089b061")]
    [TestCase("feeds_2021-06-30.json", "ab235b4a0e5ce21083b885dd4f2b8cae7a6f597d7adf2647b47b90d6f5098a16")]
    public void Given_the_simulator_copy_of_a_model_When_hashed_Then_it_is_byte_for_byte_Amazon_file(string modelFile, string sha256)
    {
        var bytes = File.ReadAllBytes(Path.Combine(SandboxExampleCase.ModelDirectory, modelFile));

        Assert.That(Convert.ToHexStringLower(SHA256.HashData(bytes)), Is.EqualTo(sha256));
    }

    [Test]
    public async Task Given_an_order_id_no_example_names_When_read_Then_the_simulator_answers_not_the_sandbox()
    {
        using var response = await _simulator.GetAsync("orders/v0/orders/TEST_CASE_201", _accessToken);

        Assert.That(JsonNode.Parse(await response.Content.ReadAsStringAsync())!["payload"]!.AsObject(), Is.Empty);
    }
}
