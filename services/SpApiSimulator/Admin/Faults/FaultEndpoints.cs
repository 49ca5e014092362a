using Fulfillment.ServiceDefaults.Http;
using Fulfillment.SpApiSimulator.Faults;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Fulfillment.SpApiSimulator.Admin.Faults;

public sealed record ArmedFaultsView(IReadOnlyList<ArmedFault> Faults);

public static class FaultEndpoints
{
    public static RouteGroupBuilder MapFaults(this RouteGroupBuilder group)
    {
        group.MapPost("/faults", Arm).Validate<InjectFaultRequest>();
        group.MapGet("/faults", (FaultInjector faults) => TypedResults.Ok(new ArmedFaultsView(faults.Armed())));
        group.MapDelete("/faults", Clear);
        return group;
    }

    /// <summary>Arms the fault behind any armed before it; answers with every fault still waiting.</summary>
    private static Ok<ArmedFaultsView> Arm(InjectFaultRequest request, FaultInjector faults)
    {
        var kind = Enum.Parse<FaultKind>(request.Kind);
        faults.Arm(new ArmedFault(
            request.Operation, kind, request.Count, kind is FaultKind.Delay or FaultKind.LateAnswer ? request.DelayMilliseconds : 0));
        return TypedResults.Ok(new ArmedFaultsView(faults.Armed()));
    }

    private static NoContent Clear(FaultInjector faults)
    {
        faults.Clear();
        return TypedResults.NoContent();
    }
}
