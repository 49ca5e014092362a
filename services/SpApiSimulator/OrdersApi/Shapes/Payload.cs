using System.Text.Json.Serialization;

namespace Fulfillment.SpApiSimulator.OrdersApi.Shapes;

/// <summary>The Orders API wraps every answer: <c>{"payload": ...}</c>.</summary>
public sealed record Payload<T>([property: JsonPropertyName("payload")] T Value);

/// <summary>What <c>getOrder</c> answers for an order the seller does not have: 200 and an empty payload.</summary>
public sealed record EmptyObject;
