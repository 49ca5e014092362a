using MassTransit;

namespace Fulfillment.ServiceDefaults.Errors;

/// <summary>
/// Sits inside the retry policy of every receive endpoint: an exception leaving a consumer loses the values of its
/// <see cref="Exception.Data"/> that cannot be serialized before MassTransit builds the fault from it, so that a
/// dead-lettered message carries the real exception type and message.
/// </summary>
public sealed class SerializableExceptionDataFilter : IFilter<ConsumeContext>
{
    public async Task Send(ConsumeContext context, IPipe<ConsumeContext> next)
    {
        try
        {
            await next.Send(context);
        }
        catch (Exception exception)
        {
            SerializableExceptionData.RemoveUnserializableValues(exception);
            throw;
        }
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("serializableExceptionData");
}
