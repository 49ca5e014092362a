using System.Text.Json;
using Fulfillment.ServiceDefaults.Errors;
using JasperFx.Events;
using MassTransit.Events;
using MassTransit.Serialization;
using Npgsql;

namespace Fulfillment.Operations.Tests;

/// <summary>
/// A message that fails on a Marten conflict reaches the error queue with Marten's exception type and message, not
/// with a failure to serialize its fault: Marten leaves the failed command in the exception's Data.
/// </summary>
public sealed class FaultExceptionDataTests
{
    [Test]
    public void Given_a_Marten_conflict_carrying_its_failed_command_When_MassTransit_serializes_its_fault_as_is_Then_it_cannot()
    {
        var conflict = ConflictAsMartenThrowsIt();

        Assert.That(() => SerializeFault(conflict), Throws.Exception);
    }

    [Test]
    public void Given_a_Marten_conflict_carrying_its_failed_command_When_its_data_is_cleaned_Then_the_fault_names_the_real_exception()
    {
        var conflict = ConflictAsMartenThrowsIt();

        SerializableExceptionData.RemoveUnserializableValues(new AggregateException(new InvalidOperationException("wrapper", conflict)));
        using var fault = JsonDocument.Parse(SerializeFault(conflict));

        Assert.Multiple(() =>
        {
            Assert.That(fault.RootElement.GetProperty("exceptionType").GetString(),
                Is.EqualTo(typeof(EventStreamUnexpectedMaxEventIdException).FullName));
            Assert.That(fault.RootElement.GetProperty("message").GetString(),
                Does.Contain("Unexpected starting version number for event stream 'order-1', expected 2"));
            Assert.That(conflict.Data.Contains(nameof(NpgsqlCommand)), Is.False);
            Assert.That(conflict.Data["Attempt"], Is.EqualTo(3), "plain values stay");
            Assert.That(conflict.Data["Stream"], Is.EqualTo("order-1"), "plain values stay");
        });
    }

    private static EventStreamUnexpectedMaxEventIdException ConflictAsMartenThrowsIt()
    {
        var conflict = new EventStreamUnexpectedMaxEventIdException("order-1", typeof(object), 2, -1);
        conflict.Data[nameof(NpgsqlCommand)] = new NpgsqlCommand("update mt_streams set version = $1 where id = $2");
        conflict.Data["Attempt"] = 3;
        conflict.Data["Stream"] = "order-1";
        return conflict;
    }

    private static string SerializeFault(Exception exception) =>
        JsonSerializer.Serialize(new FaultExceptionInfo(exception), SystemTextJsonMessageSerializer.Options);
}
