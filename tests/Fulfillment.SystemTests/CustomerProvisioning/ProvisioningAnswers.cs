using System.Collections.Concurrent;
using Fulfillment.Contracts.Customers;
using Fulfillment.SystemTests.Infrastructure;
using MassTransit;

namespace Fulfillment.SystemTests.CustomerProvisioning;

/// <summary>Every <see cref="CustomerProvisioned"/> published, per Amazon order, from a queue of the test's own.</summary>
public sealed class ProvisioningAnswers
{
    private static readonly TimeSpan AnswerTimeout = TimeSpan.FromSeconds(30);
    private readonly ConcurrentDictionary<string, ConcurrentQueue<CustomerProvisioned>> _answers = new();

    public async Task ListenAsync(IBusControl bus)
    {
        var handle = bus.ConnectReceiveEndpoint("test-customer-provisioned-audit", endpoint =>
            endpoint.Handler<CustomerProvisioned>(context =>
            {
                _answers.GetOrAdd(context.Message.AmazonOrderId, _ => new()).Enqueue(context.Message);
                return Task.CompletedTask;
            }));
        await handle.Ready;
    }

    public IReadOnlyList<CustomerProvisioned> For(string amazonOrderId) =>
        _answers.TryGetValue(amazonOrderId, out var answers) ? [.. answers] : [];

    public Task<CustomerProvisioned> FirstAsync(string amazonOrderId) =>
        Eventually.GetAsync(
            () => Task.FromResult(For(amazonOrderId).FirstOrDefault()),
            AnswerTimeout,
            $"CustomerProvisioned for Amazon order {amazonOrderId}");
}
