using Fulfillment.SpApiSimulator.Pipeline;

namespace Fulfillment.SpApiSimulator.Access;

/// <summary>Amazon's gate in front of every SP-API operation: a valid token of the right kind for this request.</summary>
public sealed class AccessCheck(IssuedTokens tokens)
{
    public AccessDecision Decide(string? token, SpApiOperation operation, string method, string path)
    {
        switch (tokens.Find(token))
        {
            case TokenLookup.Expired:
                return new AccessDecision.Denied("The access token you provided has expired.");
            case TokenLookup.Valid { Grant.IsRestrictedDataToken: false } valid:
                // A plain access token never opens the operations that return personal data.
                return operation.Access == SpApiAccess.RestrictedDataToken
                    ? new AccessDecision.Denied("")
                    : new AccessDecision.Allowed(new SpApiCaller(valid.Grant.SellerId, new HashSet<string>()));
            case TokenLookup.Valid valid:
                var resource = valid.Grant.RestrictedResources!.FirstOrDefault(candidate => candidate.Covers(method, path));
                return resource is null
                    ? new AccessDecision.Denied("")
                    : new AccessDecision.Allowed(new SpApiCaller(
                        valid.Grant.SellerId, resource.DataElements.ToHashSet(StringComparer.Ordinal)));
            default:
                return new AccessDecision.Denied("The access token you provided is revoked, malformed or invalid.");
        }
    }
}

public abstract record AccessDecision
{
    public sealed record Allowed(SpApiCaller Caller) : AccessDecision;

    public sealed record Denied(string Details) : AccessDecision;
}
