using Fulfillment.SystemTests.Infrastructure.Identity;

// In the root namespace of the tests, so that NUnit runs it around every test of the assembly.
namespace Fulfillment.SystemTests;

/// <summary>Stops the OpenID provider the test run shares once every test has run.</summary>
[SetUpFixture]
public sealed class IdentityProviderRun
{
    [OneTimeTearDown]
    public Task StopSharedProvider() => TestIdentityProvider.DisposeSharedAsync();
}
