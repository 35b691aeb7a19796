package org.lianxin.shell.internal.region;

import java.util.stream.Collectors;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.lianxin.api.NotFoundException;
import org.lianxin.api.RegionService;
import org.lianxin.api.dto.PageRequest;
import org.lianxin.api.dto.Region;
import org.lianxin.shell.support.Details;
import org.lianxin.shell.support.LianxinAction;
import org.lianxin.shell.support.Parse;
import org.lianxin.shell.internal.completers.RegionCodeCompleter;

@Service
@Command(scope = "region", name = "show", description = "Shows a region, its place in the tree and its children")
public class RegionShowCommand extends LianxinAction {

    @Reference
    RegionService regions;

    @Argument(index = 0, name = "region", description = "Region id or code", required = true)
    @Completion(RegionCodeCompleter.class)
    String ref;

    @Override
    protected void run() {
        Region r = find(regions, Parse.ref("region", ref));
        String path = regions.ancestry(r.id()).stream().map(a -> a.name() + " (" + a.code() + ")")
                .collect(Collectors.joining(" / "));
        long children = regions.list(r.id(), null, PageRequest.of(0, 1)).total();
        new Details()
                .add("ID", r.id())
                .add("Code", r.code())
                .add("Name", r.name())
                .add("Level", r.level())
                .add("Path", path)
                .always("Children", children)
                .print(out());
    }

    /** By id when the reference is a number, falling back to the code (codes may be numeric too). */
    static Region find(RegionService regions, String ref) {
        var id = Parse.id(ref);
        if (id.isPresent()) {
            try {
                return regions.get(id.getAsLong());
            } catch (NotFoundException e) {
                return regions.getByCode(ref);
            }
        }
        return regions.getByCode(ref);
    }
}
