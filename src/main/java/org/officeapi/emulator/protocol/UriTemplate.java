package org.officeapi.emulator.protocol;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A restJson1 request URI from the service model, such as {@code /restapis/{restapi_id}/resources}
 * or {@code /2015-03-31/functions/{FunctionName}/invocations}, matched against a raw request path.
 * Labels match one segment; {@code {name+}} labels match the rest of the path. Label values are
 * returned still percent-encoded, as they arrived. A trailing slash is optional, as on AWS.
 */
final class UriTemplate {

    private static final Pattern LABEL = Pattern.compile("\\{([^}+]+)(\\+?)}");

    private final String template;
    private final Pattern pattern;
    private final List<String> labels = new ArrayList<>();
    private final int literalLength;

    UriTemplate(String template) {
        int question = template.indexOf('?');
        this.template = question < 0 ? template : template.substring(0, question);
        StringBuilder regex = new StringBuilder();
        Matcher m = LABEL.matcher(this.template);
        int last = 0;
        int literal = 0;
        while (m.find()) {
            regex.append(Pattern.quote(this.template.substring(last, m.start())));
            literal += m.start() - last;
            labels.add(m.group(1));
            regex.append(m.group(2).isEmpty() ? "([^/]+)" : "(.+)");
            last = m.end();
        }
        regex.append(Pattern.quote(this.template.substring(last)));
        literal += this.template.length() - last;
        if (!this.template.endsWith("/")) {
            // clients differ on a trailing slash (the AWS CLI lists Lambda functions at /2015-03-31/functions/); AWS takes both
            regex.append("/?");
        }
        this.pattern = Pattern.compile(regex.toString());
        this.literalLength = literal;
    }

    /** The labels' raw values, or null when the path does not fit. */
    Map<String, String> match(String rawPath) {
        Matcher m = pattern.matcher(rawPath);
        if (!m.matches()) {
            return null;
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < labels.size(); i++) {
            values.put(labels.get(i), m.group(i + 1));
        }
        return values;
    }

    /** More literal characters = more specific, so {@code /functions/{f}/policy} wins over {@code /functions/{f+}}. */
    int specificity() {
        return literalLength;
    }

    @Override
    public String toString() {
        return template;
    }
}
