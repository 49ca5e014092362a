using Fulfillment.SystemTests.Infrastructure.Identity;

// In the root namespace of the tests, so that NUnit runs it around every test of the assembly. Its name is one no
// test filter is likely to hold: a --filter "FullyQualifiedName~..." that matches a set-up fixture runs every test
// under it, i.e. the whole assembly.
namespace Fulfillment.SystemTests;

/// <summary>Stops what the whole test run shares (the OpenID provider) once every test has run.</summary>
[SetUpFixture]
public sealed class AssemblyWideCleanUp
{
    [OneTimeTearDown]
    public Task StopSharedProcesses() => TestIdentityProvider.DisposeSharedAsync();
}
