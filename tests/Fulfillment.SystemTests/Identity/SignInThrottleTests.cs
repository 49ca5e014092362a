using System.Net;
using Fulfillment.SystemTests.Infrastructure.Identity;

namespace Fulfillment.SystemTests.Identity;

/// <summary>
/// Sign-in attempts limited per user name and per client address, on a provider of its own (the shared one allows
/// many refusals per address, since every test signs in from 127.0.0.1).
/// </summary>
public sealed class SignInThrottleTests
{
    private const int PerUser = 5;
    private const int PerAddress = 8;

    private TestIdentityProvider _provider = null!;

    [OneTimeSetUp]
    public async Task StartProvider() => _provider = await TestIdentityProvider.StartAsync(new Dictionary<string, string>
    {
        ["IdentityProvider__SignIn__AttemptsPerMinutePerUser"] = PerUser.ToString(),
        ["IdentityProvider__SignIn__AttemptsPerMinutePerAddress"] = PerAddress.ToString(),
    });

    [OneTimeTearDown]
    public async Task StopProvider() => await _provider.DisposeAsync();

    [Test]
    public async Task Given_refused_sign_ins_for_a_person_and_then_from_the_address_When_the_limits_are_reached_Then_even_the_right_password_is_answered_429()
    {
        for (var attempt = 0; attempt < PerUser; attempt++)
        {
            Assert.That(await SignInAsync(TestPeople.Viewer, "wrong"), Is.EqualTo(HttpStatusCode.OK));
        }

        var rightPasswordOfThrottledPerson = await SignInAsync(TestPeople.Viewer, _provider.Passwords[TestPeople.Viewer]);
        var otherPerson = await SignInAsync(TestPeople.Operator, _provider.Passwords[TestPeople.Operator]);
        for (var attempt = PerUser; attempt < PerAddress; attempt++)
        {
            Assert.That(await SignInAsync($"guess-{attempt}", "wrong"), Is.EqualTo(HttpStatusCode.OK));
        }

        var rightPasswordFromThrottledAddress = await SignInAsync(TestPeople.Admin, _provider.Passwords[TestPeople.Admin]);

        Assert.Multiple(() =>
        {
            Assert.That(rightPasswordOfThrottledPerson, Is.EqualTo(HttpStatusCode.TooManyRequests));
            Assert.That(otherPerson, Is.EqualTo(HttpStatusCode.Redirect), "another person from the same address, under its limit");
            Assert.That(rightPasswordFromThrottledAddress, Is.EqualTo(HttpStatusCode.TooManyRequests));
        });
    }

    private async Task<HttpStatusCode> SignInAsync(string userName, string password)
    {
        using var signIn = new CodeFlowSignIn(_provider.Authority);
        return (await signIn.SignInAsync(userName, password)).LoginStatus;
    }
}
