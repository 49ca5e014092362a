using System.Collections;

namespace Fulfillment.ServiceDefaults.Errors;

/// <summary>
/// Keeps only the values of <see cref="Exception.Data"/> that a fault message can carry. Marten puts the failed
/// <c>NpgsqlCommand</c> or <c>NpgsqlBatch</c> there; MassTransit copies <see cref="Exception.Data"/> into the
/// <c>Fault&lt;T&gt;</c> it publishes and into the error queue, and cannot serialize those objects (their
/// connection's type mapper is an interface it tries to implement). The fault then failed to go out, and the
/// error queue named that serialization failure instead of the real one.
/// </summary>
public static class SerializableExceptionData
{
    /// <summary>Removes every entry whose value is not a plain value, from the exception and all its inner exceptions.</summary>
    public static void RemoveUnserializableValues(Exception exception)
    {
        foreach (var each in WithInnerExceptions(exception))
        {
            var unserializable = each.Data.Cast<DictionaryEntry>()
                .Where(entry => !IsPlainValue(entry.Value))
                .Select(entry => entry.Key)
                .ToList();
            foreach (var key in unserializable)
            {
                each.Data.Remove(key);
            }
        }
    }

    private static bool IsPlainValue(object? value) =>
        value is null or string or bool or char or Guid or DateTime or DateTimeOffset or TimeSpan or decimal or Enum
        || value.GetType().IsPrimitive;

    private static IEnumerable<Exception> WithInnerExceptions(Exception exception)
    {
        var seen = new HashSet<Exception>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<Exception>([exception]);
        while (pending.TryPop(out var current))
        {
            if (!seen.Add(current))
            {
                continue;
            }

            yield return current;
            if (current is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions)
                {
                    pending.Push(inner);
                }
            }
            else if (current.InnerException is { } inner)
            {
                pending.Push(inner);
            }
        }
    }
}
