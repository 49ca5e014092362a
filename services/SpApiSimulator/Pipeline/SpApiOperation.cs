namespace Fulfillment.SpApiSimulator.Pipeline;

/// <summary>Which token an operation takes: Amazon serves personal data only against a Restricted Data Token.</summary>
public enum SpApiAccess
{
    AccessToken,
    RestrictedDataToken,
}

/// <summary>Endpoint metadata: the model's operation id, which names its usage plan, counters and sandbox examples.</summary>
public sealed record SpApiOperation(string OperationId, SpApiAccess Access);

public static class SpApiOperationExtensions
{
    public static RouteHandlerBuilder IsSpApiOperation(
        this RouteHandlerBuilder builder, string operationId, SpApiAccess access = SpApiAccess.AccessToken) =>
        builder.WithName(operationId).WithMetadata(new SpApiOperation(operationId, access));
}
