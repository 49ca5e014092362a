using Fulfillment.Contracts.Customers;
using Fulfillment.SystemTests.Infrastructure;
using MassTransit;

namespace Fulfillment.SystemTests.CustomerProvisioning;

/// <summary>
/// CustomerProvisioning on real PostgreSQL and RabbitMQ, once for every test of this folder, with a bus of the
/// test's own that publishes <see cref="ProvisionCustomer"/> as CommerceOrder would and hears every answer.
/// </summary>
[SetUpFixture]
public sealed class CustomerProvisioningSystem
{
    /// <summary>The queue MassTransit names after <c>ProvisionCustomerConsumer</c> (kebab-case endpoint names).</summary>
    public static readonly string ConsumerQueue = FulfillmentService.CustomerProvisioning.QueueOf("provision-customer");

    private static FulfillmentSystem? _system;
    private static IBusControl? _bus;

    public static FulfillmentSystem Running => _system ?? throw new InvalidOperationException("The system is not running.");
    public static IBusControl Bus => _bus ?? throw new InvalidOperationException("The test bus is not running.");
    public static HttpClient Http => Running[FulfillmentService.CustomerProvisioning].Http;
    public static TestDatabase Database => Running.DatabaseOf(FulfillmentService.CustomerProvisioning);
    public static ProvisioningAnswers Answers { get; } = new();

    [OneTimeSetUp]
    public async Task StartService()
    {
        _system = await FulfillmentSystem.StartAsync(FulfillmentService.CustomerProvisioning);
        _bus = await _system.StartTestBusAsync();
        await Answers.ListenAsync(_bus);
    }

    [OneTimeTearDown]
    public async Task StopService()
    {
        if (_bus is not null)
        {
            await _bus.StopAsync();
        }

        if (_system is not null)
        {
            await _system.DisposeAsync();
        }
    }
}
