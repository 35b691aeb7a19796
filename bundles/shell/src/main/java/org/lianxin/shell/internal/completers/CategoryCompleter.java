package org.lianxin.shell.internal.completers;

import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.lianxin.api.dto.Category;

@Service
public class CategoryCompleter extends EnumCompleter<Category> {

    public CategoryCompleter() {
        super(Category.class);
    }
}
