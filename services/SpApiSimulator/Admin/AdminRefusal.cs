using Microsoft.AspNetCore.Http.HttpResults;

namespace Fulfillment.SpApiSimulator.Admin;

/// <summary>Why Amazon would not make an admin-requested change, tied to the request field at fault.</summary>
public sealed record AdminRefusal(string Field, string Message)
{
    public ValidationProblem ToValidationProblem() =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [Field] = [Message] });
}
