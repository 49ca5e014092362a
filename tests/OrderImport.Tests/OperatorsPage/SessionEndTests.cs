using System.Globalization;
using Fulfillment.OrderImport.OperatorsPage.SignIn;
using Microsoft.AspNetCore.Authentication;

namespace Fulfillment.OrderImport.Tests.OperatorsPage;

/// <summary>A page session ends when the person's access token does, or after the configured lifetime if sooner.</summary>
public sealed class SessionEndTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 8, 10, 0, 0, TimeSpan.Zero);

    [TestCase(30, 480, 30)]
    [TestCase(600, 480, 480)]
    [TestCase(-5, 480, -5)]
    public void Given_an_access_token_expiring_after_some_minutes_Then_the_session_ends_at_the_sooner_of_it_and_the_lifetime(
        int tokenMinutes, int lifetimeMinutes, int expectedMinutes)
    {
        var properties = new AuthenticationProperties();
        properties.StoreTokens([new AuthenticationToken
        {
            Name = "expires_at",
            Value = Now.AddMinutes(tokenMinutes).ToString("o", CultureInfo.InvariantCulture),
        }]);

        var end = PageAuthentication.SessionEnd(properties, TimeSpan.FromMinutes(lifetimeMinutes), Now);

        Assert.That(end, Is.EqualTo(Now.AddMinutes(expectedMinutes)));
    }

    [Test]
    public void Given_no_token_expiry_Then_the_session_ends_after_the_lifetime() =>
        Assert.That(PageAuthentication.SessionEnd(new AuthenticationProperties(), TimeSpan.FromHours(8), Now), Is.EqualTo(Now.AddHours(8)));
}
