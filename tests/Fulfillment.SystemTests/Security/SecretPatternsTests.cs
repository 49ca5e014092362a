namespace Fulfillment.SystemTests.Security;

/// <summary>The scanner the secrets scan relies on finds what it is meant to find, and only that.</summary>
public sealed class SecretPatternsTests
{
    [TestCase("Bearer eyJhbGciOiJSUzI1NiIsImtpZCI6IjEifQ.eyJzdWIiOiJvcGVyYXRvciJ9.c2lnbmF0dXJlLXNpZ25hdHVyZQ", TestName = "a JWT")]
    [TestCase("x-amz-access-token: Atza|IwEBIExample", TestName = "an LWA access token")]
    [TestCase("refresh_token=Atzr|IwEBIExample", TestName = "an LWA refresh token")]
    [TestCase("Atz.sprdt|IwEBIExample", TestName = "a restricted data token")]
    [TestCase("password was s3cret-Passw0rd-123 here", TestName = "a known secret")]
    public void Given_a_text_holding_a_credential_When_scanned_Then_it_is_found(string text) =>
        Assert.That(SecretPatterns.Find(text, ["s3cret-Passw0rd-123"]), Has.Count.EqualTo(1));

    [Test]
    public void Given_a_text_with_none_When_scanned_Then_nothing_is_found() =>
        Assert.That(
            SecretPatterns.Find("Polled store store-us: 3 orders; person:operator shipped 111-0000000-0000001 (Atza| prefix named)", ["s3cret-Passw0rd-123"]),
            Is.Empty);
}
