namespace Fulfillment.IdentityProvider.Configuration;

/// <summary>Refuses to start on a configuration that would register a client or person wrongly.</summary>
public static class OptionsValidation
{
    public static IReadOnlyList<string> ProblemsOf(IdentityProviderOptions options)
    {
        var problems = new List<string>();
        if (options.AccessTokenLifetimeMinutes <= 0)
        {
            problems.Add("IdentityProvider:AccessTokenLifetimeMinutes must be positive.");
        }

        foreach (var (person, index) in options.Users.Select((person, index) => (person, index)))
        {
            if (string.IsNullOrWhiteSpace(person.Name) || string.IsNullOrEmpty(person.Password))
            {
                problems.Add($"IdentityProvider:Users:{index} needs a Name and a Password.");
            }
        }

        foreach (var (client, index) in options.Clients.Select((client, index) => (client, index)))
        {
            var name = $"IdentityProvider:Clients:{index}";
            if (string.IsNullOrWhiteSpace(client.ClientId))
            {
                problems.Add($"{name}:ClientId is missing.");
            }

            switch (client.Type)
            {
                case ClientTypes.Machine or ClientTypes.Web when string.IsNullOrEmpty(client.ClientSecret):
                    problems.Add($"{name}:ClientSecret is required for a {client.Type} client.");
                    break;
                case ClientTypes.Public when !string.IsNullOrEmpty(client.ClientSecret):
                    problems.Add($"{name}:ClientSecret must be absent for a public client.");
                    break;
                case ClientTypes.Machine or ClientTypes.Web or ClientTypes.Public:
                    break;
                default:
                    problems.Add($"{name}:Type must be machine, web or public.");
                    break;
            }

            foreach (var scope in client.Scopes.Where(scope => !FulfillmentScopes.Permissions.Contains(scope)))
            {
                problems.Add($"{name}:Scopes has '{scope}', which is not one of {string.Join(", ", FulfillmentScopes.Permissions)}.");
            }

            if (client.Type != ClientTypes.Machine && client.Scopes.Count > 0)
            {
                problems.Add($"{name}:Scopes is only for machine clients: people get their permissions from their roles.");
            }
        }

        var duplicates = options.Clients.GroupBy(client => client.ClientId).Where(group => group.Count() > 1);
        problems.AddRange(duplicates.Select(group => $"Client '{group.Key}' is configured more than once."));
        return problems;
    }
}
