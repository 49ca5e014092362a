using Fulfillment.SystemTests.Infrastructure.Identity;

namespace Fulfillment.SystemTests.Identity;

/// <summary>
/// A provider given no key generates one on first start and keeps it in its database: tokens it signed before a
/// restart, or that another replica signed, still validate against what it publishes.
/// </summary>
public sealed class ProviderKeyTests
{
    private TestIdentityProvider _provider = null!;

    [OneTimeSetUp]
    public async Task StartProvider() => _provider = await TestIdentityProvider.StartAsync(withSigningKey: false);

    [OneTimeTearDown]
    public async Task StopProvider() => await _provider.DisposeAsync();

    [Test]
    public async Task Given_a_token_issued_before_a_restart_When_the_provider_has_restarted_Then_the_token_validates_against_its_published_keys()
    {
        var issuedBefore = await _provider.Tokens.MachineAsync(TestClients.Reader);

        await _provider.RestartAsync();

        var validation = await ProviderDocuments.ValidateAsync(_provider.Process, issuedBefore);
        Assert.That(validation.IsValid, Is.True, validation.Exception?.Message);
    }

    [Test]
    public async Task Given_two_more_replicas_starting_at_once_on_the_same_database_Then_all_publish_the_same_keys()
    {
        await using var second = _provider.NewReplica();
        await using var third = _provider.NewReplica();

        await Task.WhenAll(second.StartAsync(), third.StartAsync());

        var keyIds = await Task.WhenAll(new[] { _provider.Process, second, third }.Select(async process =>
            string.Join(",", (await ProviderDocuments.KeysAsync(process)).Keys.Select(key => key.Kid).Order())));
        Assert.Multiple(() =>
        {
            Assert.That(keyIds[0], Is.Not.Empty);
            Assert.That(keyIds.Distinct(), Has.Exactly(1).Items, string.Join(" | ", keyIds));
        });
    }
}
