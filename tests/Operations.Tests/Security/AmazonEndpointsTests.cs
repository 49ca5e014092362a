using Fulfillment.SpApiClient;

namespace Fulfillment.Operations.Tests.Security;

/// <summary>Where a store's Login With Amazon token may go (X5): Amazon's SP-API hosts, or origins the deployment lists.</summary>
public sealed class AmazonEndpointsTests
{
    private static readonly Uri[] Simulator = [new("http://127.0.0.1:5180")];

    [TestCase("https://sellingpartnerapi-na.amazon.com")]
    [TestCase("https://sellingpartnerapi-eu.amazon.com/")]
    [TestCase("https://sellingpartnerapi-fe.amazon.com")]
    [TestCase("https://sandbox.sellingpartnerapi-na.amazon.com")]
    [TestCase("https://SELLINGPARTNERAPI-NA.AMAZON.COM")]
    [TestCase("http://127.0.0.1:5180")]
    public void Given_an_allowed_origin_When_checked_Then_it_is_permitted(string endpoint) =>
        Assert.That(AmazonEndpoints.Permits(new Uri(endpoint), Simulator), Is.True);

    [TestCase("http://sellingpartnerapi-na.amazon.com", "plain http")]
    [TestCase("https://sellingpartnerapi-na.amazon.com:8443", "another port")]
    [TestCase("https://sellingpartnerapi-na.amazon.com.attacker.example", "a look-alike host")]
    [TestCase("https://attacker.example", "a foreign host")]
    [TestCase("https://user:pass@sellingpartnerapi-na.amazon.com", "user info")]
    [TestCase("https://sellingpartnerapi-na.amazon.com/x", "a path")]
    [TestCase("https://sellingpartnerapi-na.amazon.com/?redirect=x", "a query")]
    [TestCase("http://127.0.0.1:5181", "the simulator's host on another port")]
    [TestCase("http://localhost:5180", "the simulator under another name")]
    public void Given_any_other_endpoint_When_checked_Then_it_is_refused(string endpoint, string what) =>
        Assert.That(AmazonEndpoints.Permits(new Uri(endpoint), Simulator), Is.False, what);

    [Test]
    public void Given_no_endpoint_When_checked_Then_it_is_refused() =>
        Assert.That(AmazonEndpoints.Permits(null, Simulator), Is.False);
}
