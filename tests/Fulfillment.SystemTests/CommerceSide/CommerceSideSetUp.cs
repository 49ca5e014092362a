namespace Fulfillment.SystemTests.CommerceSide;

/// <summary>One running CommerceOrder and CustomerProvisioning for every test of this folder; each test uses its own orders and SKUs.</summary>
[SetUpFixture]
public sealed class CommerceSideSetUp
{
    private static CommerceFixture? _fixture;

    public static CommerceFixture Fixture => _fixture ?? throw new InvalidOperationException("The Commerce side is not started.");

    [OneTimeSetUp]
    public async Task StartAsync() => _fixture = await CommerceFixture.StartAsync();

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (_fixture is not null)
        {
            await _fixture.DisposeAsync();
        }
    }
}
